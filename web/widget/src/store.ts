// The chat in this tab's sessionStorage: a reload (or the next page of the site) continues it.
// Keyed by the service and a digest of the token, never the token itself.

export interface Line {
  from: 'visitor' | 'assistant';
  text: string;
}
export interface SavedChat {
  conversationId: string;
  lines: Line[];
  done: boolean;
}

export interface ChatStore {
  load(): SavedChat | null;
  save(chat: SavedChat): void;
  clear(): void;
}

function digest(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i += 1) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  return hash.toString(36);
}

export function createStore(origin: string, token: string): ChatStore {
  const key = `ai-receptionist-chat:${digest(`${origin} ${token}`)}`;
  // Storage can be blocked (privacy modes, sandboxed frames): the chat then lives in the page only.
  const storage = (): Storage | null => {
    try {
      return window.sessionStorage;
    } catch {
      return null;
    }
  };
  return {
    load() {
      try {
        const parsed = JSON.parse(storage()?.getItem(key) ?? 'null') as SavedChat | null;
        return parsed && typeof parsed.conversationId === 'string' && Array.isArray(parsed.lines)
          ? parsed
          : null;
      } catch {
        return null;
      }
    },
    save(chat) {
      try {
        storage()?.setItem(key, JSON.stringify(chat));
      } catch {
        // Full or blocked: nothing to do, the page still shows the chat.
      }
    },
    clear() {
      try {
        storage()?.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}
