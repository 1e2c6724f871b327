/** One email to one person. Plain text only: reset codes and notices. */
export interface Email {
  to: string;
  subject: string;
  text: string;
}

/** Outbound email (password resets). SMTP when SMTP_URL is set, else the recording sender. */
export interface EmailSender {
  send(email: Email): Promise<void>;
}

/** Keeps every email in memory: development and tests read what would have been sent. */
export class RecordingEmailSender implements EmailSender {
  readonly sent: Email[] = [];

  async send(email: Email): Promise<void> {
    this.sent.push({ ...email });
  }
}
