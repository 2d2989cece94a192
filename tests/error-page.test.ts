import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ErrorPage from '@/app/error';
import GlobalError from '@/app/global-error';
import { SupportAddressProvider } from '@/components/support-address';

const failure = Object.assign(new Error('boom'), { digest: '1234567890' });
const page = () => createElement(ErrorPage, { error: failure, reset: () => {} });

describe('the error page', () => {
  it('names the support address the root layout hands it, as a mailto link, beside the reference', () => {
    const html = renderToStaticMarkup(createElement(SupportAddressProvider, { address: 'helpdesk@example.test' }, page()));
    expect(html).toContain('<a href="mailto:helpdesk@example.test"');
    expect(html).toContain('>helpdesk@example.test</a> and quote the reference below.');
    expect(html).toContain('Reference: 1234567890');
    expect(html).not.toContain('boom');
  });

  it('still renders (without an address) outside the root layout', () => {
    expect(renderToStaticMarkup(page())).not.toContain('mailto:');
  });
});

describe('the global error page (the root layout failed)', () => {
  it('is a whole document with the same message, a title and the reference, and no error text', () => {
    const html = renderToStaticMarkup(createElement(GlobalError, { error: failure, reset: () => {} }));
    expect(html).toMatch(/^<html lang="en">/);
    expect(html).toContain('<title>Something went wrong · Sync Portal</title>');
    expect(html).toContain('Something went wrong</h1>');
    expect(html).toContain('Reference: 1234567890');
    expect(html).not.toContain('boom');
  });
});
