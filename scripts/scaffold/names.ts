// The names a new subgraph is known by in each place: folder, types, variables, roles.
import { ROLES, type Role } from '#platform/identity/identity.js';

export interface ScaffoldNames {
  /** Folder, SDL file and subgraph name: lower-case letters and digits (`guardianship`). */
  name: string;
  /** Type prefix (`Guardianship`). */
  pascal: string;
  /** Variable prefix (`GUARDIANSHIP`). */
  upper: string;
  /** The agency behind it, upper snake case (`POLITICAL_LEGAL_COMMITTEE`). */
  agency: string;
  /** The role that reads and writes the starter entries. */
  role: Role;
  port: number;
  description: string;
}

export const NAME_PATTERN = /^[a-z][a-z0-9]{1,30}$/;
export const AGENCY_PATTERN = /^[A-Z][A-Z0-9_]*$/;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function namesOf(options: { name: string; agency: string; role: Role; port: number; description: string }): ScaffoldNames {
  return {
    name: options.name,
    pascal: options.name[0]!.toUpperCase() + options.name.slice(1),
    upper: options.name.toUpperCase(),
    agency: options.agency,
    role: options.role,
    port: options.port,
    description: options.description,
  };
}

/** The first port from 4004 up that no subgraph, gateway (4000) or Hive Gateway (4010) uses. */
export function nextFreePort(taken: readonly number[]): number {
  const used = new Set([4000, 4010, ...taken]);
  let port = 4004;
  while (used.has(port)) port++;
  return port;
}
