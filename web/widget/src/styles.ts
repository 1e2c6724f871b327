// Inside the shadow root: the host page's CSS cannot reach in, and none of this leaks out.
// `all: initial` on the host stops inherited properties (font, color, line-height) from the page.
export const STYLES = `
:host{all:initial}
*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.root{--accent:#1d4ed8;position:fixed;bottom:16px;right:16px;z-index:2147483000;font-size:15px;line-height:1.4;color:#111}
.root.left{right:auto;left:16px}
.launcher{display:flex;align-items:center;gap:8px;border:0;border-radius:999px;padding:12px 18px;background:var(--accent);color:#fff;font-size:15px;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}
button:focus-visible,input:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.panel{position:absolute;bottom:60px;right:0;width:360px;max-width:calc(100vw - 32px);height:520px;max-height:calc(100vh - 96px);display:flex;flex-direction:column;background:#fff;border-radius:14px;box-shadow:0 10px 40px rgba(0,0,0,.3);overflow:hidden}
.left .panel{right:auto;left:0}
.panel[hidden],.hidden{display:none!important}
.head{display:flex;align-items:center;justify-content:space-between;padding:12px 14px;background:var(--accent);color:#fff}
.head h2{margin:0;font-size:16px;font-weight:600}
.close{border:0;background:transparent;color:#fff;font-size:24px;line-height:1;cursor:pointer;padding:2px 8px;border-radius:6px}
.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;background:#f8fafc}
.msg{max-width:85%;padding:8px 12px;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere}
.assistant{align-self:flex-start;background:#e2e8f0}
.visitor{align-self:flex-end;background:var(--accent);color:#fff}
.typing{align-self:flex-start;color:#475569;font-style:italic}
.status{margin:0;padding:8px 12px;background:#fef3c7;color:#78350f;font-size:14px}
.status:empty{display:none}
form{display:flex;gap:8px;padding:10px;border-top:1px solid #e2e8f0;background:#fff}
.start{flex-direction:column}
.intro{margin:0}
label{font-size:13px;color:#334155;display:flex;flex-direction:column;gap:4px}
input{font:inherit;font-size:16px;padding:8px 10px;border:1px solid #94a3b8;border-radius:8px;min-width:0;flex:1;color:#111;background:#fff}
.primary{border:0;border-radius:8px;padding:9px 14px;background:var(--accent);color:#fff;font:inherit;font-weight:600;cursor:pointer}
.primary:disabled{opacity:.6;cursor:default}
.again{padding:10px;border-top:1px solid #e2e8f0;text-align:center}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.page{position:static;width:100%;height:100vh}
.page .panel{position:static;width:100%;max-width:none;height:100%;max-height:none;border-radius:0;box-shadow:none}
@media (max-width:480px){.root:not(.page) .panel{position:fixed;left:8px;right:8px;top:8px;bottom:76px;width:auto;max-width:none;height:auto;max-height:none}}
`;
