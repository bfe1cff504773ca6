import { createMockTransport } from '@lsq-otp/core';
import { PhoneOtpRequestForm } from '@lsq-otp/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import './examples/class-names-theme.css';
import { HeadlessPhoneForm } from './examples/HeadlessPhoneForm.js';

const meta = {
  title: 'Theming',
  component: PhoneOtpRequestForm,
  args: {
    transport: createMockTransport(),
    onCodeIssued: fn(),
    defaultCountry: 'GB',
  },
} satisfies Meta<typeof PhoneOtpRequestForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const background = (element: Element) =>
  getComputedStyle(element).backgroundColor;

export const DefaultLight: Story = {
  args: { colorScheme: 'light' },
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Send code' });
    await expect(background(button)).toBe('rgb(11, 87, 208)');
  },
};

export const DefaultDark: Story = {
  args: { colorScheme: 'dark' },
  decorators: [
    (Story) => (
      <div style={{ background: '#0d1117', padding: '1.5rem' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas }) => {
    const form = canvas.getByRole('button').closest('form');
    await expect(form).toHaveAttribute('data-color-scheme', 'dark');
    await expect(background(form as Element)).toBe('rgb(22, 27, 34)');
  },
};

/** Tokens alone: a violet brand with pill-shaped controls and a serif face. */
export const BrandTokens: Story = {
  args: {
    colorScheme: 'light',
    theme: {
      colorPrimary: '#5b21b6',
      colorFocusRing: '#5b21b6',
      colorBorder: '#6b5b95',
      colorText: '#2e1065',
      radius: '999px',
      spacing: '0.625rem',
      fontFamily: 'Georgia, serif',
    },
  },
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Send code' });
    await expect(background(button)).toBe('rgb(91, 33, 182)');
    await expect(getComputedStyle(button).borderRadius).toBe('999px');
  },
};

/** Black on white, square corners, a thick focus ring. */
export const HighContrast: Story = {
  args: {
    colorScheme: 'light',
    theme: {
      colorText: '#000000',
      colorTextMuted: '#1a1a1a',
      colorBorder: '#000000',
      colorPrimary: '#000000',
      colorPrimaryText: '#ffffff',
      colorError: '#8b0000',
      colorFocusRing: '#000000',
      radius: '0',
      fontSize: '1.125rem',
    },
  },
  play: async ({ canvas }) => {
    const input = canvas.getByRole('textbox', { name: 'Phone number' });
    await expect(getComputedStyle(input).borderRadius).toBe('0px');
    await expect(getComputedStyle(input).fontSize).toBe('18px');
  },
};

/** No kit styles at all: every part styled by the page's own classes. */
export const ClassNamesOnly: Story = {
  args: {
    unstyled: true,
    classNames: {
      root: 'cn-stack',
      label: 'cn-label',
      countrySelect: 'cn-field',
      input: 'cn-field',
      hint: 'cn-hint',
      error: 'cn-error',
      button: 'cn-button',
      status: 'cn-status',
    },
  },
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Send code' });
    await expect(button).toHaveClass('cn-button');
    await expect(button.className).not.toMatch(/lsq-otp/);
    await expect(background(button)).toBe('rgb(22, 101, 52)');
  },
};

export const Headless: StoryObj<typeof HeadlessPhoneForm> = {
  render: (args) => <HeadlessPhoneForm {...args} />,
  args: { onCodeIssued: fn() },
  play: async ({ args, canvas, userEvent }) => {
    const input = canvas.getByRole('textbox', {
      name: 'Mobile number (India)',
    });
    await userEvent.type(input, '98765 43210');
    await expect(canvas.getByText('OTP goes to +91 98765 43210')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await waitFor(() =>
      expect(args.onCodeIssued).toHaveBeenCalledWith({
        Code: expect.any(String),
        FieldContent: '+91-9876543210',
      }),
    );
  },
};
