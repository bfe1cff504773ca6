import type { OtpErrorKind } from '@lsq-otp/core';
import type { OtpMessageCatalogue } from './types.js';

const setupError =
  'لم يُضبط تسجيل الدخول على هذا الموقع بشكل صحيح. تواصل مع مالك الموقع.';

const requestErrors: Record<OtpErrorKind, string> = {
  badRequest: 'تعذّر على خدمة تسجيل الدخول قبول هذا الرقم.',
  unauthorized: setupError,
  forbidden: 'رفضت خدمة تسجيل الدخول الطلب.',
  notFound: setupError,
  rateLimited: 'محاولات كثيرة جدًا. انتظر قليلًا ثم أرسل مرة أخرى.',
  server: 'تعطّلت خدمة تسجيل الدخول. حاول مرة أخرى.',
  rejected: 'تعذّر إرسال رمز إلى هذا الرقم.',
  invalidOtp: 'هذا الرمز غير صحيح. راجع الرسالة النصية وحاول مرة أخرى.',
  expiredOtp: 'انتهت صلاحية هذا الرمز. أرسل رمزًا جديدًا.',
  network: 'تعذّر الوصول إلى خدمة تسجيل الدخول. حاول مرة أخرى.',
  timeout: 'استغرقت خدمة تسجيل الدخول وقتًا طويلًا للرد. حاول مرة أخرى.',
  aborted: 'أُلغي الإرسال.',
};

/** Arabic, written right to left. */
export const messagesAr: OtpMessageCatalogue = {
  request: {
    locale: 'ar',
    dir: 'rtl',
    countryLabel: 'الدولة',
    phoneLabel: 'رقم الهاتف',
    phoneHint: 'سنرسل رمزًا لمرة واحدة إلى هذا الرقم في رسالة نصية.',
    confirmNumber: (number) => <>سنرسل رمزًا لمرة واحدة إلى {number}.</>,
    preferredCountriesLabel: 'مقترحة',
    otherCountriesLabel: 'دول أخرى',
    submit: 'أرسل الرمز',
    submitting: 'جارٍ الإرسال…',
    retryIn: (seconds) => `أرسل مرة أخرى بعد ${seconds} ث`,
    cooldownEnded: 'يمكنك إرسال رمز مرة أخرى.',
    reasons: {
      empty: 'أدخل رقم هاتفك.',
      tooShort: 'هذا الرقم قصير جدًا.',
      tooLong: 'هذا الرقم طويل جدًا.',
      invalidCountry: 'اختر دولة، أو ابدأ الرقم بعلامة +.',
      invalid: 'أدخل رقم هاتف صالحًا للدولة المختارة.',
      notMobile: 'أدخل رقم جوال يستقبل الرسائل النصية.',
      hasExtension: 'احذف الرقم الداخلي: لا تصل الرسالة النصية إلى رقم داخلي.',
      hasLetters: 'احذف الحروف: رقم الهاتف أرقام فقط.',
      hasSymbols:
        'احذف الرموز: استخدم الأرقام والمسافات والأقواس والشرطات وعلامة + واحدة في البداية.',
    },
    errors: requestErrors,
    offline: 'أنت غير متصل. اتصل بالإنترنت ثم أرسل مرة أخرى.',
  },
  code: {
    locale: 'ar',
    dir: 'rtl',
    label: 'الرمز من الرسالة النصية',
    hint: (length) => `أدخل الرمز المكوّن من ${length} أرقام الذي أرسلناه إليك.`,
    incomplete: (length) => `أدخل أرقام الرمز كلها (${length}).`,
    submit: 'تسجيل الدخول',
    submitting: 'جارٍ تسجيل الدخول…',
    signedIn: 'تم تسجيل الدخول.',
    resend: 'أرسل رمزًا جديدًا',
    resending: 'جارٍ الإرسال…',
    resendIn: (seconds) => `يمكنك إرسال رمز جديد بعد ${seconds} ث.`,
    resendInAnnouncement: (seconds) =>
      `يمكنك إرسال رمز جديد بعد ${seconds} ثانية.`,
    resendAvailable: 'يمكنك إرسال رمز جديد الآن.',
    codeResent: 'أرسلنا رمزًا جديدًا.',
    errors: {
      ...requestErrors,
      badRequest: 'تعذّر على خدمة تسجيل الدخول قبول هذا الرمز.',
      rateLimited: 'محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.',
      rejected: 'لم تقبل خدمة تسجيل الدخول هذا الرمز. أرسل رمزًا جديدًا.',
      expiredOtp: 'انتهت صلاحية هذا الرمز أو استُخدم من قبل. أرسل رمزًا جديدًا.',
      aborted: 'أُلغي تسجيل الدخول.',
    },
    resendErrors: {
      ...requestErrors,
      rateLimited: 'طلبات كثيرة جدًا. انتظر ثم أرسل رمزًا جديدًا.',
    },
    offline: 'أنت غير متصل. اتصل بالإنترنت ثم حاول مرة أخرى.',
  },
  signIn: {
    codeSent: (number) => <>أرسلنا رمزًا إلى {number}.</>,
    changeNumber: 'تغيير الرقم',
  },
};
