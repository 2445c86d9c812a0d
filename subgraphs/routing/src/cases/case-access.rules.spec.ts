import type { Role } from '@hub/contracts';
import type { Caller } from '@hub/service-kit';
import { DEMO_ROUTING_TABLE_FILE, loadRoutingTable } from '../routing/routing-table';
import { mayActOn, mayRead } from './case-access.rules';

const table = loadRoutingTable(DEMO_ROUTING_TABLE_FILE);

const caller = (roles: Role[], department: string | null = null): Caller => ({
  subject: 'someone',
  roles,
  department,
  agency: null,
  anonymous: false,
});

describe('who may see and act', () => {
  it('lets department staff act on their own department only, agents on all', () => {
    expect(mayActOn(caller(['department_staff'], 'public-works'), table, 'public-works')).toBe(
      true,
    );
    expect(mayActOn(caller(['department_staff'], 'public-works'), table, 'parks')).toBe(false);
    expect(mayActOn(caller(['agent']), table, 'parks')).toBe(true);
  });

  it("lets a specialist office act on its office's cases", () => {
    expect(mayActOn(caller(['hr']), table, 'human-resources')).toBe(true);
    expect(mayActOn(caller(['hr']), table, 'police-opa')).toBe(false);
    expect(mayActOn(caller(['opa']), table, 'police-opa')).toBe(true);
  });

  it('lets analysts and the council read everything and change nothing', () => {
    expect(mayRead(caller(['analyst']), table, 'parks')).toBe(true);
    expect(mayActOn(caller(['analyst']), table, 'parks')).toBe(false);
    expect(mayActOn(caller(['council']), table, 'parks')).toBe(false);
  });
});
