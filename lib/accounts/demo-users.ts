/** The documented demo accounts (README) that the stack command seeds: one per role. */
import type { Role } from '../auth/roles';

export const DEMO_USERS: { role: Role; username: string; email: string; password: string; firstName: string; lastName: string }[] = [
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
  },
  {
    role: 'management',
    username: 'demo.manager',
    email: 'management@demo.syncportal.test',
    password: 'quiet summit ledger 42',
    firstName: 'Morgan',
    lastName: 'Manager',
  },
  { role: 'admin', username: 'demo.admin', email: 'admin@demo.syncportal.test', password: 'amber orchard compass 42', firstName: 'Alex', lastName: 'Admin' },
];
