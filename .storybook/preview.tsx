import type { Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '@lsq-otp/react/styles.css';
import '../stories/stories.css';

const preview: Preview = {
  parameters: {
    layout: 'centered',
    // Every story's rendered state is checked with axe-core in the story
    // tests, and a violation fails the test.
    a11y: { test: 'error' },
  },
  decorators: [
    // A fresh client per story, so no mutation state leaks between them.
    (Story) => (
      <QueryClientProvider client={new QueryClient()}>
        <Story />
      </QueryClientProvider>
    ),
  ],
};

export default preview;
