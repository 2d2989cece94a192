import { describe, expect, it } from 'vitest';
import { niceTicks, shortLabel } from '@/components/charts/scale';

describe('niceTicks', () => {
  it('covers the maximum with round steps', () => {
    expect(niceTicks(87)).toEqual([0, 50, 100]);
    expect(niceTicks(170)).toEqual([0, 50, 100, 150, 200]);
    expect(niceTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(1_234_567)).toEqual([0, 500_000, 1_000_000, 1_500_000]);
  });
  it('draws a unit axis when every value is zero', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('shortLabel', () => {
  it('keeps short labels and cuts long ones with an ellipsis', () => {
    expect(shortLabel('Brokerage')).toBe('Brokerage');
    expect(shortLabel('InvestmentStockFund', 10)).toBe('Investmen…');
  });
});
