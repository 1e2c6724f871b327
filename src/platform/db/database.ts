import type {
  AuthSessionTable,
  FeedbackTable,
  LoginThrottleTable,
  MembershipTable,
  PasswordResetTable,
  RefreshTokenTable,
  UserTable,
} from '../../modules/accounts/accounts.table.js';
import type {
  CalendarConnectionTable,
  CalendarEventWriteTable,
} from '../../modules/calendar/calendar.table.js';
import type {
  CallbackTable,
  ConversationMessageTable,
  ConversationTable,
  CustomerTable,
} from '../../modules/crm/crm.table.js';
import type { SmsMessageTable } from '../../modules/notifications/sms-messages.table.js';
import type { AppointmentTable } from '../../modules/scheduling/appointments/appointments.table.js';
import type { BusinessTable } from '../../modules/tenants/tenants.table.js';

// The whole schema as Kysely sees it; each module owns its table file.
export interface Database {
  businesses: BusinessTable;
  customers: CustomerTable;
  appointments: AppointmentTable;
  conversations: ConversationTable;
  conversation_messages: ConversationMessageTable;
  callbacks: CallbackTable;
  sms_messages: SmsMessageTable;
  calendar_connections: CalendarConnectionTable;
  calendar_event_writes: CalendarEventWriteTable;
  users: UserTable;
  memberships: MembershipTable;
  auth_sessions: AuthSessionTable;
  refresh_tokens: RefreshTokenTable;
  login_throttles: LoginThrottleTable;
  password_resets: PasswordResetTable;
  feedback: FeedbackTable;
}
