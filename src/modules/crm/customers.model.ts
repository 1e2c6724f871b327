import type { CustomerRow } from './crm.table.js';

export interface Customer {
  id: string;
  business_id: string;
  name: string | null;
  phone: string;
  email: string | null;
  address: string | null;
  notes: string | null;
  sms_opt_out: boolean;
  created_at: string;
  updated_at: string;
}

export interface CustomerInput {
  phone: string;
  name?: string | null;
  email?: string | null;
  address?: string | null;
  notes?: string | null;
}

export interface CustomerPatch {
  name?: string | null;
  email?: string | null;
  address?: string | null;
  notes?: string | null;
  sms_opt_out?: boolean;
}

export function customerFromRow(row: CustomerRow): Customer {
  return {
    id: row.id,
    business_id: row.business_id,
    name: row.name,
    phone: row.phone,
    email: row.email,
    address: row.address,
    notes: row.notes,
    sms_opt_out: Boolean(row.sms_opt_out),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
