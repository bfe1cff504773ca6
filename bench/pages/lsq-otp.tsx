import { LsqOtpForm } from '../fixtures/lsq-otp-form.js';
import { mountBench } from './harness.js';

mountBench(LsqOtpForm);
