import type { Preview } from '@storybook/react-vite';
import { LocaleProvider } from '../src/i18n/locale.js';
// The tokens first, then every component's stylesheet — the same files tsup concatenates.
import '../src/theme/tokens.css';
import.meta.glob('../src/**/*.css', { eager: true });

/**
 * A story's own args (who acts, which sample, which day) set the story up; they are not props of
 * the component. Only the component's props (read from its types) appear in the docs' table.
 */
const onlyProps: NonNullable<Preview['argTypesEnhancers']>[number] = (context) => {
  const props = (context.component as { __docgenInfo?: { props?: Record<string, unknown> } } | undefined)?.__docgenInfo?.props;
  if (!props) return context.argTypes;
  return Object.fromEntries(
    Object.entries(context.argTypes).map(([name, argType]) => [name, name in props ? argType : { ...argType, table: { ...argType.table, disable: true }, control: false }]),
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [onlyProps],
  parameters: {
    // 320 CSS px wide: a 1280 px window at 400 % zoom (WCAG 2.1 1.4.10 Reflow). A story sets
    // `globals: { viewport: { value: 'reflow' } }`; addon-vitest resizes the test's frame to it.
    viewport: {
      options: { reflow: { name: '320 px (400 % zoom)', styles: { width: '320px', height: '720px' }, type: 'mobile' } },
    },
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
    (Story, context) => {
      const locale = context.globals.locale === 'en' ? 'en' : 'sv';
      return (
        <LocaleProvider locale={locale}>
          <div data-sv-theme="" data-color-scheme={context.globals.colorScheme === 'dark' ? 'dark' : 'light'} lang={locale} className="sv-root">
            <main>
              <Story />
            </main>
          </div>
        </LocaleProvider>
      );
    },
  ],
};
export default preview;
