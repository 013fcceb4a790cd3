/**
 * darkweb-kg: headless Chromium for the HTML view's browser tests and benchmark (never used by the
 * CLI). Uses Debian's `chromium` package driven by playwright-core (a devDependency); WebGL runs on
 * SwiftShader, Chromium's CPU renderer, so no GPU is needed.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Where Debian (and most Linux distributions) put the browser; CHROMIUM_PATH overrides. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Path of the Chromium executable, or null when none is installed. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error(`Chromium not found (looked for ${CANDIDATES.join(', ')}; set CHROMIUM_PATH)`);
  // Loaded here so that only the tests and the benchmark need playwright-core.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: ARGS });
}

/**
 * For `page.evaluate`: resolves after the browser has painted two more frames (sigma draws inside its
 * constructor, so there is no event to wait for).
 */
export const TWO_FRAMES = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))';
