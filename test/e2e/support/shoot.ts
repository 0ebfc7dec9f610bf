import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { test, type Page } from '@playwright/test';

/**
 * Saves a screenshot with the test's output; with UPDATE_DOCS_SCREENSHOTS=1 also as
 * a documentation image in docs/screenshots (a plain test run leaves the checkout untouched).
 */
export async function shoot(page: Page, name: string): Promise<void> {
  const file = test.info().outputPath(name);
  await page.screenshot({ path: file });
  if (!process.env.UPDATE_DOCS_SCREENSHOTS) return;
  const docs = path.resolve('docs/screenshots');
  await mkdir(docs, { recursive: true });
  await copyFile(file, path.join(docs, name));
}
