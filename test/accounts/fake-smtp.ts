import { createServer, type Server, type Socket } from 'node:net';

/** One message as the fake server received it. */
export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

const END_OF_DATA = '\r\n.\r\n';

// One connection: commands line by line, then the message body up to <CRLF>.<CRLF>.
function serveConnection(socket: Socket, received: ReceivedMail[]): void {
  let buffer = '';
  let inData = false;
  let mail: ReceivedMail = { from: '', to: [], data: '' };
  const reply = (line: string) => socket.write(`${line}\r\n`);

  const command = (line: string): void => {
    const verb = line.slice(0, 4).toUpperCase();
    if (verb === 'MAIL') mail.from = line.slice(10).trim();
    if (verb === 'RCPT') mail.to.push(line.slice(8).trim());
    if (verb === 'DATA') {
      inData = true;
      reply('354 end with <CRLF>.<CRLF>');
    } else if (verb === 'QUIT') {
      reply('221 bye');
      socket.end();
    } else {
      reply('250 ok');
    }
  };

  // Consumes one complete command or message from the buffer; false when more bytes are needed.
  const step = (): boolean => {
    const end = buffer.indexOf(inData ? END_OF_DATA : '\r\n');
    if (end < 0) return false;
    const piece = buffer.slice(0, end);
    buffer = buffer.slice(end + (inData ? END_OF_DATA.length : 2));
    if (!inData) {
      command(piece);
      return true;
    }
    inData = false;
    received.push({ ...mail, data: piece });
    mail = { from: '', to: [], data: '' };
    reply('250 queued');
    return true;
  };

  reply('220 fake-smtp ready');
  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    while (step()) {
      // each step handles one command or one message
    }
  });
}

/**
 * A tiny SMTP server on 127.0.0.1 for the SMTP sender's tests: enough of RFC 5321 (EHLO, MAIL,
 * RCPT, DATA, QUIT; no TLS, no auth) for nodemailer to deliver to it.
 */
export async function startFakeSmtp(): Promise<{
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}> {
  const received: ReceivedMail[] = [];
  const server: Server = createServer((socket) => serveConnection(socket, received));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
