/**
 * How the built pages are validated: html-validate's recommended preset (the HTML standard's
 * content models, duplicate ids, ARIA misuse, deprecated markup, and its style rules), with
 * only the rules below switched off, each for a stated reason.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // A search-engine heuristic (results truncate long titles), not a fault in the document:
    // an embed page and a story are titled with the chart's or story's full title, which a
    // CMS shows when a journalist pastes the address.
    'long-title': 'off',
  },
};

export const htmlValidate = new HtmlValidate(HTML_VALIDATE_CONFIG);

/** Every error html-validate reports for one document, one line each (`line:column rule: message`). */
export async function htmlErrors(html: string, name: string): Promise<string[]> {
  const report = await htmlValidate.validateString(html, name);
  return report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
