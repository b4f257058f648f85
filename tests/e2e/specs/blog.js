// @ts-check
// The mock blog of the embed specs: a long post on another origin that embeds Tandem
// with the README's own iframe line or its embed.js snippet (served by serve.mjs under
// /blog/), and how the frame sits in it.
const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('@playwright/test');

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

/**
 * Opens the post that embeds the app with embed.js, with `options` as the element's
 * data-* attributes; `app` is the build's path on the server (a variant's, e.g.
 * /variants/northwind/), Tandem's own unless given.
 * @param {import('@playwright/test').Page} page
 * @param {string | undefined} baseURL
 * @param {Record<string, string>} [options]
 * @param {string} [app]
 */
async function openPost(page, baseURL, options = {}, app) {
  const query = { options: JSON.stringify(options), ...(app ? { app } : {}) };
  const address = `${blogAddress(/** @type {string} */ (baseURL))}embedded?${new URLSearchParams(query)}`;
  await page.goto(address);
  // Settled as a reader finds it: the app started, the frame as tall as its content
  // (a click while the frame still grows may land on what moved under the pointer).
  await page.frameLocator('[data-tandem] iframe').getByTestId('intro-screen').waitFor();
  await expectFrameFitsContent(page);
  await page.evaluate(() => scrollTo(0, 0));
}

/** Tandem's frame, the post's one (found afresh: it moves between the app's pages). */
function appFrame(page) {
  const frame = page.frames().find((f) => f.parentFrame() === page.mainFrame());
  if (!frame) throw new Error('no Tandem frame');
  return frame;
}

/** The frame's height on the host page, and what its content needs, in CSS px. */
async function heights(page) {
  const frameHeight = await page.locator('[data-tandem] iframe').evaluate((f) => f.getBoundingClientRect().height);
  const inside = await appFrame(page).evaluate(() => ({
    content: Math.ceil(document.body.getBoundingClientRect().height),
    overflowY: document.documentElement.scrollHeight - document.documentElement.clientHeight,
    overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  return { frameHeight, ...inside };
}

/** Waits until the frame is exactly as tall as its content, with nothing cut off; its height. */
async function expectFrameFitsContent(page) {
  // Chromium holds back the rendering of a cross-origin frame out of view, its viewport
  // size included: look at it, as the reader would.
  await page.locator('[data-tandem] iframe').scrollIntoViewIfNeeded();
  await expect.poll(async () => {
    const h = await heights(page);
    return h.frameHeight === h.content && h.overflowY <= 0 && h.overflowX <= 0 ? true : h;
  }, { message: 'the frame is as tall as its content, with no inner scrolling' }).toBe(true);
  return (await heights(page)).frameHeight;
}

module.exports = { blogAddress, readmeIframe, openBlogPost, openPost, appFrame, heights, expectFrameFitsContent };
