import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

// Specs import { test, expect } from './fixtures' to get the `axe` fixture:
//   const violations = await axe();            // whole page
//   const violations = await axe({ include: 'main' });
//   expect(violations).toEqual([]);

export type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

export interface AxeOptions {
  /** CSS selector to limit the scan to. */
  include?: string;
  /** CSS selectors to leave out of the scan. */
  exclude?: string[];
  /** axe rule ids to skip (say why at the call site). */
  disableRules?: string[];
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

export const test = base.extend<{ axe: (options?: AxeOptions) => Promise<AxeViolation[]> }>({
  // The second parameter is Playwright's `use`, renamed so React's hook lint rules leave it alone.
  axe: async ({ page }, provide) => {
    await provide(async (options = {}) => {
      let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
      if (options.include) builder = builder.include(options.include);
      for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
      if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
      const { violations } = await builder.analyze();
      return violations;
    });
  },
});

export { expect };
