import { describe, expect, it } from 'vitest';
import type { MyMembership, Tab } from '../program-context.ts';
import { switchable, switchTarget } from './program-header.tsx';

const tab = (id: string): Tab => ({ id, label: id, View: () => null });
const membership = (programId: string, status: MyMembership['status']) =>
  ({ programId, programName: programId, programSlug: programId, role: 'manager', status }) as MyMembership;

describe('switchTarget', () => {
  it('opens the same tab in the other program when the role there has it, else its first tab', () => {
    // Prepare
    const manager = [tab('applications'), tab('review'), tab('analytics')];
    const brand = [tab('sales'), tab('payouts')];
    const other = membership('P2', 'active');

    // Act and assess
    expect(switchTarget(other, manager, 'analytics')).toBe('/programs/P2/analytics');
    expect(switchTarget(other, brand, 'analytics')).toBe('/programs/P2/sales');
    expect(switchTarget(other, brand, undefined)).toBe('/programs/P2/sales');
  });
});

describe('switchable', () => {
  it('leaves out the programs someone left or was turned down in', () => {
    const list = [membership('A', 'active'), membership('B', 'left'), membership('C', 'rejected')];
    expect(switchable(list).map((m) => m.programId)).toEqual(['A']);
  });
});
