import type { Preview } from '@storybook/react-vite';
import '../src/theme/tokens.css';
import '../src/meeting-lifecycle/meeting-lifecycle.css';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // An axe violation at WCAG 2.1 A/AA fails the story's test.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    },
  },
  globalTypes: {
    locale: {
      description: 'Språk / language',
      toolbar: { icon: 'globe', items: [{ value: 'sv', title: 'Svenska' }, { value: 'en', title: 'English' }] },
    },
    colorScheme: {
      description: 'Färgschema / colour scheme',
      toolbar: { icon: 'mirror', items: ['light', 'dark'] },
    },
  },
  initialGlobals: { locale: 'sv', colorScheme: 'light' },
  decorators: [
    (Story, context) => (
      <div data-sv-theme="" data-color-scheme={context.globals.colorScheme === 'dark' ? 'dark' : 'light'} lang={context.globals.locale === 'en' ? 'en' : 'sv'} className="sv-root">
        <main>
          <Story />
        </main>
      </div>
    ),
  ],
};
export default preview;
