import { ReactPhoneNumberInputForm } from '../fixtures/react-phone-number-input-form.js';
import { mountBench } from './harness.js';

// The default flag URLs point at a public host. This local path keeps the
// same <img> elements without a request leaving the machine.
mountBench(() => <ReactPhoneNumberInputForm flagUrl="flags/{XX}.svg" />);
