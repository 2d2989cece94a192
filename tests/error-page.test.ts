import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ErrorPage from '@/app/error';
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
