// @ts-check
// Issue 14, item 14: the host's 404 page (dist/404.html) leads to the assessment
// wherever the app lives, at a sub-path or at the root, from any depth.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('./tandem');

const DIST = path.resolve(__dirname, '../../../dist');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };

/** Drops the "status of 404" console errors a missing address causes on purpose. */
function forgive404s(pageErrors) {
  for (let at = pageErrors.length - 1; at >= 0; at--) if (pageErrors[at].includes('status of 404')) pageErrors.splice(at, 1);
}

test.describe('the 404 page\'s way to the assessment', () => {
  test('from a deep missing path under a sub-path it leads to the app', async ({ app, page, baseURL, pageErrors }) => {
    await page.goto('a/b/c');
    const link = page.getByRole('link', { name: 'Take the assessment' });
    await expect(link).toHaveJSProperty('href', baseURL);
    await link.click();
    await expect(app.byTestId('intro-screen')).toBeVisible();
    forgive404s(pageErrors);
  });

  test('on a host that serves the app at its root, a missing /quiz/ leads to the root, not to itself', async ({ app, page, pageErrors }) => {
    const root = 'http://root.example/';
    await page.route(`${root}**`, async (route) => {
      const name = new URL(route.request().url()).pathname.slice(1) || 'index.html';
      const file = path.join(DIST, name);
      if (!name.includes('/') && fs.existsSync(file)) {
        return route.fulfill({ contentType: TYPES[path.extname(file)], body: fs.readFileSync(file) });
      }
      return route.fulfill({ status: 404, contentType: TYPES['.html'], body: fs.readFileSync(path.join(DIST, '404.html')) });
    });
    await page.goto(`${root}quiz/`);
    const link = page.getByRole('link', { name: 'Take the assessment' });
    await expect(link).toHaveJSProperty('href', root);
    await link.click();
    await expect(app.byTestId('intro-screen')).toBeVisible();
    forgive404s(pageErrors);
  });
});

/** Issue 30, item 14: on a host that does not add the closing slash, the app's own
 * address without it served the 404 page, whose way on led to the root; and embed.js
 * given that address framed the 404 page. */
test.describe('the app\'s address without its closing slash', () => {
  test('goes on to the app, keeping what follows', async ({ app, page, pageErrors }) => {
    const host = 'http://noslash.example';
    const folder = '/tools/alignment/';
    await page.route(`${host}/**`, async (route) => {
      const pathname = new URL(route.request().url()).pathname;
      const name = pathname.startsWith(folder) ? pathname.slice(folder.length) || 'index.html' : '';
      const file = path.join(DIST, name);
      if (name && !name.includes('/') && fs.existsSync(file)) {
        return route.fulfill({ contentType: TYPES[path.extname(file)], body: fs.readFileSync(file) });
      }
      return route.fulfill({ status: 404, contentType: TYPES['.html'], body: fs.readFileSync(path.join(DIST, '404.html')) });
    });
    await page.goto(`${host}/tools/alignment#/about`);
    await expect(app.byTestId('profile-screen')).toBeVisible();
    expect(page.url()).toBe(`${host}/tools/alignment/#/about`);
    forgive404s(pageErrors);
  });

  test('is framed as the app by embed.js', async ({ page, baseURL }) => {
    const app = /** @type {string} */ (baseURL).replace(/\/$/, '');
    await page.goto(new URL('/blog/', /** @type {string} */ (baseURL)).href);
    await page.evaluate((address) => {
      const holder = document.createElement('div');
      holder.dataset.tandem = address;
      document.body.append(holder);
      const script = document.createElement('script');
      script.src = `${address}/embed.js`;
      document.body.append(script);
    }, app);
    const frame = page.locator('[data-tandem] iframe');
    await expect(frame).toHaveAttribute('src', new RegExp(`^${app.replace(/[.]/g, '\\.')}/\\?`));
    await expect(page.frameLocator('[data-tandem] iframe').getByTestId('intro-screen')).toBeVisible();
  });
});
