// @ts-check
// The mock blog of the embed specs: a long post on another origin that embeds Tandem
// with the README's own iframe line (served by serve.mjs under /blog/).
const fs = require('node:fs');
const path = require('node:path');

const README = path.resolve(__dirname, '../../../README.md');

/**
 * The blog's address for an app at `appBase`: the same server by its other loopback
 * name (localhost rather than 127.0.0.1), so the blog and the app are two origins.
 */
function blogAddress(appBase) {
  const url = new URL('/blog/', appBase);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.href;
}

/** The iframe line the README tells blog owners to paste. */
function readmeIframe() {
  const line = fs.readFileSync(README, 'utf8').match(/<iframe [\s\S]*?<\/iframe>/);
  if (!line) throw new Error('README.md has no <iframe …></iframe> snippet');
  return line[0];
}

/**
 * Opens the blog's home page, then the post (~30 paragraphs above the frame), whose
 * frame opens the app at `hash`.
 * @param {import('@playwright/test').Page} page
 * @param {string} appBase the app's address: the test's `baseURL`
 * @param {{ hash?: string }} [options]
 */
async function openBlogPost(page, appBase, { hash = '' } = {}) {
  const blog = blogAddress(appBase);
  await page.goto(blog);
  await page.goto(`${blog}post?${new URLSearchParams({ hash })}`);
}

module.exports = { blogAddress, readmeIframe, openBlogPost };
