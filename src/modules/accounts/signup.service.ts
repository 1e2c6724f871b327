import type { TenantService } from '../tenants/tenants.service.js';
import { emailTaken, signupDisabled } from './accounts.errors.js';
import type { AccountService } from './accounts.service.js';

export type SignupService = ReturnType<typeof createSignupService>;

export interface SignupInput {
  business_name: string;
  email: string;
  password: string;
  name?: string | undefined;
  time_zone?: string | undefined;
  owner_phone?: string | undefined;
}

// Self sign-up: a new tenant and its owner account in one request. If the account cannot be made
// (the email is taken) nothing is made; if another sign-up takes the email between the check and the
// insert, the tenant just created is suspended, so it can never be used without an owner.
export function createSignupService(deps: {
  enabled: boolean;
  tenants: TenantService;
  accounts: AccountService;
}) {
  const { tenants, accounts } = deps;
  return {
    async signup(input: SignupInput) {
      if (!deps.enabled) throw signupDisabled();
      const existing = await accounts.findUserByEmail(input.email);
      if (existing) throw emailTaken();
      const business = await tenants.create({
        name: input.business_name,
        ...(input.time_zone ? { time_zone: input.time_zone } : {}),
        ...(input.owner_phone ? { owner_phone: input.owner_phone } : {}),
        owner_email: input.email,
        ...(input.name ? { owner_name: input.name } : {}),
      });
      try {
        await accounts.register(business.id, {
          email: input.email,
          password: input.password,
          name: input.name ?? null,
          role: 'owner',
        });
      } catch (error) {
        await tenants.update(business.id, { status: 'suspended' });
        throw error;
      }
      const tokens = await accounts.login({
        email: input.email,
        password: input.password,
        business_id: business.id,
      });
      return {
        business_id: business.id,
        // create() always issues both; the types keep them optional for other callers.
        api_key: business.api_key ?? '',
        widget_token: business.widget_token ?? '',
        user: tokens.user,
        access_token: tokens.access_token,
        refresh_token: tokens.refresh_token,
      };
    },
  };
}
