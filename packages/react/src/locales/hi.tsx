import type { OtpErrorKind } from '@lsq-otp/core';
import type { OtpMessageCatalogue } from './types.js';

const setupError = 'इस साइट पर साइन-इन ठीक से सेट नहीं है। साइट के मालिक से संपर्क करें।';

const requestErrors: Record<OtpErrorKind, string> = {
  badRequest: 'साइन-इन सेवा यह नंबर स्वीकार नहीं कर सकी।',
  unauthorized: setupError,
  forbidden: 'साइन-इन सेवा ने अनुरोध अस्वीकार कर दिया।',
  notFound: setupError,
  rateLimited: 'बहुत अधिक प्रयास। थोड़ा रुकें, फिर दोबारा भेजें।',
  server: 'साइन-इन सेवा विफल रही। फिर से कोशिश करें।',
  rejected: 'इस नंबर पर कोड नहीं भेजा जा सका।',
  invalidOtp: 'यह कोड गलत है। SMS देखें और फिर से कोशिश करें।',
  expiredOtp: 'इस कोड की समय-सीमा समाप्त हो गई है। नया कोड भेजें।',
  network: 'साइन-इन सेवा तक नहीं पहुँच सके। फिर से कोशिश करें।',
  timeout: 'साइन-इन सेवा ने जवाब देने में बहुत देर लगाई। फिर से कोशिश करें।',
  aborted: 'भेजना रद्द कर दिया गया।',
};

/** Hindi. */
export const messagesHi: OtpMessageCatalogue = {
  request: {
    locale: 'hi',
    dir: 'ltr',
    countryLabel: 'देश',
    phoneLabel: 'फ़ोन नंबर',
    phoneHint: 'हम इस नंबर पर एक बार इस्तेमाल होने वाला कोड SMS करेंगे।',
    confirmNumber: (number) => (
      <>हम {number} पर एक बार इस्तेमाल होने वाला कोड SMS करेंगे।</>
    ),
    preferredCountriesLabel: 'सुझाए गए',
    otherCountriesLabel: 'अन्य देश',
    submit: 'कोड भेजें',
    submitting: 'भेजा जा रहा है…',
    retryIn: (seconds) => `${seconds} सेकंड में फिर से भेजें`,
    cooldownEnded: 'अब आप फिर से कोड भेज सकते हैं।',
    reasons: {
      empty: 'अपना फ़ोन नंबर दर्ज करें।',
      tooShort: 'यह नंबर बहुत छोटा है।',
      tooLong: 'यह नंबर बहुत लंबा है।',
      invalidCountry: 'कोई देश चुनें, या नंबर + से शुरू करें।',
      invalid: 'चुने गए देश के लिए मान्य फ़ोन नंबर दर्ज करें।',
      notMobile: 'ऐसा मोबाइल नंबर दर्ज करें जिस पर SMS आ सके।',
      hasExtension: 'एक्सटेंशन हटाएँ: SMS किसी एक्सटेंशन तक नहीं पहुँच सकता।',
      hasLetters: 'अक्षर हटाएँ: फ़ोन नंबर में केवल अंक होते हैं।',
      hasSymbols: 'चिह्न हटाएँ: केवल अंक, स्पेस, कोष्ठक, डैश और शुरू में एक + इस्तेमाल करें।',
    },
    errors: requestErrors,
    offline: 'आप ऑफ़लाइन हैं। इंटरनेट से जुड़ें, फिर दोबारा भेजें।',
  },
  code: {
    locale: 'hi',
    dir: 'ltr',
    label: 'SMS में आया कोड',
    hint: (length) => `हमारे भेजे गए ${length} अंकों का कोड दर्ज करें।`,
    incomplete: (length) => `कोड के सभी ${length} अंक दर्ज करें।`,
    submit: 'साइन इन करें',
    submitting: 'साइन इन हो रहा है…',
    signedIn: 'साइन इन हो गया।',
    resend: 'नया कोड भेजें',
    resending: 'भेजा जा रहा है…',
    resendIn: (seconds) => `आप ${seconds} सेकंड में नया कोड भेज सकते हैं।`,
    resendInAnnouncement: (seconds) => `आप ${seconds} सेकंड में नया कोड भेज सकते हैं।`,
    resendAvailable: 'अब आप नया कोड भेज सकते हैं।',
    codeResent: 'हमने नया कोड भेज दिया है।',
    errors: {
      ...requestErrors,
      badRequest: 'साइन-इन सेवा यह कोड स्वीकार नहीं कर सकी।',
      rateLimited: 'बहुत अधिक प्रयास। थोड़ा रुकें, फिर से कोशिश करें।',
      rejected: 'साइन-इन सेवा ने यह कोड स्वीकार नहीं किया। नया कोड भेजें।',
      expiredOtp:
        'इस कोड की समय-सीमा समाप्त हो गई है या यह पहले ही इस्तेमाल हो चुका है। नया कोड भेजें।',
      aborted: 'साइन इन रद्द कर दिया गया।',
    },
    resendErrors: {
      ...requestErrors,
      rateLimited: 'बहुत अधिक अनुरोध। रुकें, फिर नया कोड भेजें।',
    },
    offline: 'आप ऑफ़लाइन हैं। इंटरनेट से जुड़ें, फिर से कोशिश करें।',
  },
  signIn: {
    codeSent: (number) => <>हमने {number} पर कोड भेजा है।</>,
    changeNumber: 'नंबर बदलें',
  },
};
