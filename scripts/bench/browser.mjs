// Debian's Chromium under Playwright, and the phone-sized page both apps are timed in.
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './config.mjs';

export function launchBrowser() {
  // Playwright's own --headless comes first; the later --headless=new in our flags wins.
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

/** A fresh context (empty cache and storage, so every visit is a first visit). */
export function newPhoneContext(browser) {
  return browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
}

