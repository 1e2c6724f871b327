import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from '../shared/api.js';
import type { User } from './session.js';
import type { Business } from './types.js';

export interface Dashboard {
  api: Api;
  user: User;
  business: Business;
  setBusiness: (business: Business) => void;
  /** Staff and owners write CRM records; viewers only read. */
  canWrite: boolean;
  /** Settings, lockdown and the widget token: owners only. */
  isOwner: boolean;
}

export const DashboardContext = createContext<Dashboard | null>(null);

export function useDashboard(): Dashboard {
  const dashboard = useContext(DashboardContext);
  if (!dashboard) throw new Error('the dashboard is not signed in');
  return dashboard;
}

/** The note shown beside disabled write controls. */
export function readOnlyNote(dashboard: Dashboard, ownerOnly = false): string | null {
  if (!dashboard.canWrite) return 'Your role (viewer) can look but not change anything.';
  if (ownerOnly && !dashboard.isOwner) return 'Only an owner can change this.';
  return null;
}
