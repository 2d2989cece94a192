/**
 * The documented demo accounts (README) that the stack command seeds: one per role. The staff accounts are enrolled
 * in 2FA with these fixed TOTP secrets (local use only, like the passwords).
 */
import type { Role } from '../auth/roles';

export type DemoUser = { role: Role; username: string; email: string; password: string; firstName: string; lastName: string; totpSecret?: string };

export const DEMO_USERS: DemoUser[] = [
  {
    role: 'customer',
    username: 'demo.customer',
    email: 'customer@demo.syncportal.test',
    password: 'blue harbor lantern 42',
    firstName: 'Casey',
    lastName: 'Customer',
  },
  {
    role: 'technician',
    username: 'demo.technician',
    email: 'technician@demo.syncportal.test',
    password: 'copper valley signal 42',
    firstName: 'Taylor',
    lastName: 'Technician',
    totpSecret: 'SYNCPORTALDEMOTECHNICIANSECRET23',
  },
  {
    role: 'management',
    username: 'demo.manager',
    email: 'management@demo.syncportal.test',
    password: 'quiet summit ledger 42',
    firstName: 'Morgan',
    lastName: 'Manager',
  },
  {
    role: 'admin',
    username: 'demo.admin',
    email: 'admin@demo.syncportal.test',
    password: 'amber orchard compass 42',
    firstName: 'Alex',
    lastName: 'Admin',
    totpSecret: 'SYNCPORTALDEMOADMINTOTPSECRET234',
  },
];
