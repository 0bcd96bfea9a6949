import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  // The introduction, foundations and branding pages first, then every component's stories.
  stories: ['../src/docs/*.mdx', '../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  typescript: {
    // The TypeScript compiler reads the props, so a table shows `readonly ActionDescriptor[]`
    // and `Locale` as the types they are, not `unknown`; props of react's own DOM types stay out.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
};
export default config;
