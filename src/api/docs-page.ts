/**
 * A self-contained page that renders /openapi.json: no CDN, no external script, so it works
 * offline and under a strict Content-Security-Policy (script and style are inline, hashed by nothing).
 */
export const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vigil API</title>
<style>
  :root { --fg:#1b1f24; --muted:#5b6470; --line:#d9dee4; --bg:#f7f8fa; --accent:#0b5cad; }
  * { box-sizing: border-box; }
  body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color:var(--fg); background:#fff; }
  header { padding:20px 32px; border-bottom:1px solid var(--line); background:var(--bg); }
  header h1 { margin:0 0 4px; font-size:22px; }
  main { display:grid; grid-template-columns: 260px 1fr; }
  nav { border-right:1px solid var(--line); padding:16px; position:sticky; top:0; height:100vh; overflow:auto; font-size:13px; }
  nav a { display:block; color:var(--fg); text-decoration:none; padding:2px 0; }
  nav h3 { margin:14px 0 4px; font-size:12px; text-transform:uppercase; color:var(--muted); }
  section.op { padding:20px 32px; border-bottom:1px solid var(--line); }
  .method { display:inline-block; min-width:62px; text-align:center; font-weight:600; font-size:12px; padding:2px 6px; border-radius:4px; color:#fff; margin-right:8px; }
  .get { background:#1f7a3a; } .post { background:#0b5cad; } .delete { background:#b42318; } .put, .patch { background:#8a5a00; }
  code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size:13px; }
  pre { background:var(--bg); border:1px solid var(--line); padding:10px; overflow:auto; border-radius:4px; }
  table { border-collapse:collapse; width:100%; margin:8px 0; font-size:13px; }
  th, td { text-align:left; border-bottom:1px solid var(--line); padding:4px 8px; vertical-align:top; }
  .role { font-size:12px; color:var(--muted); margin-left:8px; }
  .desc { color:var(--muted); white-space:pre-wrap; }
  details { margin:6px 0; } summary { cursor:pointer; color:var(--accent); }
  .schema { margin-left:14px; } .req { color:#b42318; }
</style>
</head>
<body>
<header><h1>Vigil API</h1><div id="info" class="desc">Loading /openapi.json…</div></header>
<main><nav id="nav"></nav><div id="ops"></div></main>
<script>
(function () {
  var esc = function (s) { return String(s).replace(/[&<>"']/g, function (c) { return ({ '&':'&amp;', '<':'&lt;', '>':'&gt;', '"':'&quot;', "'":'&#39;' })[c]; }); };
  var doc;
  function resolve(s) {
    if (s && s.$ref) return doc.components.schemas[s.$ref.split('/').pop()] || {};
    return s || {};
  }
  function typeOf(s) {
    if (s.$ref) return '<a href="#schema-' + esc(s.$ref.split('/').pop()) + '">' + esc(s.$ref.split('/').pop()) + '</a>';
    var t = Array.isArray(s.type) ? s.type.join(' | ') : (s.type || (s.anyOf ? s.anyOf.map(typeOf).join(' | ') : 'any'));
    if (s.type === 'array' && s.items) t = typeOf(s.items) + '[]';
    if (s.enum) t += ' (' + s.enum.map(esc).join(', ') + ')';
    return t;
  }
  function limits(s) {
    var out = [];
    ['minimum','maximum','minLength','maxLength','maxItems','pattern','default'].forEach(function (k) { if (s[k] !== undefined) out.push(k + ': ' + esc(JSON.stringify(s[k]))); });
    return out.join(', ');
  }
  function schemaTable(s, depth) {
    s = resolve(s);
    if (s.type === 'array' && s.items) return '<div class="desc">array of ' + typeOf(s.items) + '</div>' + (s.items.$ref ? '' : schemaTable(s.items, depth));
    var props = s.properties || {};
    var req = s.required || [];
    var keys = Object.keys(props);
    if (!keys.length) return '<div class="desc">' + typeOf(s) + '</div>';
    var rows = keys.map(function (k) {
      var p = props[k];
      var nested = '';
      var inner = p.$ref ? null : (p.type === 'object' && p.properties ? p : (p.type === 'array' && p.items && !p.items.$ref && p.items.properties ? p.items : null));
      if (inner && depth < 4) nested = '<details><summary>fields</summary><div class="schema">' + schemaTable(inner, depth + 1) + '</div></details>';
      return '<tr><td><code>' + esc(k) + '</code>' + (req.indexOf(k) >= 0 ? ' <span class="req">*</span>' : '') + '</td><td>' + typeOf(p) + '</td><td>' + esc(p.description || '') + (limits(p) ? '<div class="desc">' + limits(p) + '</div>' : '') + nested + '</td></tr>';
    });
    return '<table><tr><th>field</th><th>type</th><th>notes</th></tr>' + rows.join('') + '</table>';
  }
  function render() {
    document.getElementById('info').textContent = doc.info.description || '';
    var nav = [], ops = [];
    var byTag = {};
    Object.keys(doc.paths).forEach(function (path) {
      Object.keys(doc.paths[path]).forEach(function (m) {
        var op = doc.paths[path][m];
        var tag = (op.tags || ['other'])[0];
        (byTag[tag] = byTag[tag] || []).push({ path: path, method: m, op: op });
      });
    });
    (doc.tags || []).map(function (t) { return t.name; }).concat(Object.keys(byTag)).filter(function (t, i, a) { return byTag[t] && a.indexOf(t) === i; }).forEach(function (tag) {
      nav.push('<h3>' + esc(tag) + '</h3>');
      byTag[tag].forEach(function (e) {
        var id = e.op.operationId;
        nav.push('<a href="#' + esc(id) + '"><span class="method ' + e.method + '">' + e.method.toUpperCase() + '</span>' + esc(e.path) + '</a>');
        var h = '<section class="op" id="' + esc(id) + '"><h2><span class="method ' + e.method + '">' + e.method.toUpperCase() + '</span><code>' + esc(e.path) + '</code><span class="role">' + (e.op['x-required-role'] === 'public' ? 'no key needed' : 'role: ' + esc(e.op['x-required-role'])) + '</span></h2>';
        h += '<div><b>' + esc(e.op.summary || '') + '</b></div><p class="desc">' + esc(e.op.description || '') + '</p>';
        if (e.op.parameters) {
          h += '<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>type</th><th>notes</th></tr>' + e.op.parameters.map(function (p) {
            return '<tr><td><code>' + esc(p.name) + '</code>' + (p.required ? ' <span class="req">*</span>' : '') + '</td><td>' + esc(p.in) + '</td><td>' + typeOf(p.schema || {}) + '</td><td>' + esc(p.description || '') + (limits(p.schema || {}) ? '<div class="desc">' + limits(p.schema) + '</div>' : '') + (p.example !== undefined ? '<div class="desc">example: <code>' + esc(JSON.stringify(p.example)) + '</code></div>' : '') + '</td></tr>';
          }).join('') + '</table>';
        }
        if (e.op.requestBody) {
          Object.keys(e.op.requestBody.content).forEach(function (ct) {
            var c = e.op.requestBody.content[ct];
            h += '<h4>Request body <code>' + esc(ct) + '</code></h4>' + schemaTable(c.schema, 0);
            if (c.example) h += '<details open><summary>example</summary><pre>' + esc(JSON.stringify(c.example, null, 2)) + '</pre></details>';
          });
        }
        h += '<h4>Responses</h4><table>' + Object.keys(e.op.responses).map(function (st) {
          var r = e.op.responses[st];
          var s = r.content && r.content['application/json'] ? r.content['application/json'].schema : null;
          return '<tr><td><code>' + esc(st) + '</code></td><td>' + esc(r.description) + (s && st < 300 ? '<details><summary>schema</summary>' + schemaTable(s, 0) + '</details>' : (s ? ' ' + typeOf(s) : '')) + '</td></tr>';
        }).join('') + '</table></section>';
        ops.push(h);
      });
    });
    nav.push('<h3>schemas</h3>');
    Object.keys(doc.components.schemas).sort().forEach(function (name) {
      var s = doc.components.schemas[name];
      nav.push('<a href="#schema-' + esc(name) + '">' + esc(name) + '</a>');
      ops.push('<section class="op" id="schema-' + esc(name) + '"><h2>' + esc(name) + '</h2><p class="desc">' + esc(s.description || '') + '</p>' + schemaTable(s, 0) + (s.examples ? '<details><summary>example</summary><pre>' + esc(JSON.stringify(s.examples[0], null, 2)) + '</pre></details>' : '') + '</section>');
    });
    document.getElementById('nav').innerHTML = nav.join('');
    document.getElementById('ops').innerHTML = ops.join('');
    if (location.hash) { var t = document.getElementById(location.hash.slice(1)); if (t) t.scrollIntoView(); }
  }
  fetch('openapi.json').then(function (r) { return r.json(); }).then(function (d) { doc = d; render(); }).catch(function (e) { document.getElementById('info').textContent = 'Could not load /openapi.json: ' + e; });
})();
</script>
</body>
</html>
`;

export const HOME_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Vigil</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:640px;margin:60px auto;padding:0 20px;color:#1b1f24}code{background:#f2f4f7;padding:1px 4px}</style></head>
<body><h1>Vigil</h1><p>Sanctions screening service. The web interface is not built on this server (<code>web/dist</code> is missing).</p>
<ul><li><a href="docs">API documentation</a> (<a href="openapi.json">OpenAPI 3.1</a>)</li><li><a href="readyz">Readiness: lists loaded and their ages</a></li></ul></body></html>
`;
