/* out_html_assets.c - the HTML report's inline style sheet and script.
 *
 * The page needs neither: every table, section and timeline is in the
 * markup.  The script only adds sorting and filtering to the fleet table,
 * reading and writing the state in the URL fragment so that a link can
 * share a view: #filter=TEXT&severity=NAME&sort=KEY (KEY one of machine,
 * top, severity, status, last, diagnoses, errors; each in its column's
 * default order, descending for severity, times and numbers; a leading
 * '-' reverses it).  The query string (?filter=...) is read the same way.
 * A column sorts by its cells' data-v, else by their first node's text (a
 * machine's name without its hosts, a diagnosis' title without its id). */
#include "out_html.h"

const char lx_html_css[] =
	":root{--c:#b00020;--e:#d9480f;--w:#b08800;--i:#1971c2;--r:#2b8a3e}"
	"body{font:14px/1.4 system-ui,sans-serif;margin:0 auto;padding:0 1em 2em;"
	"max-width:80em;color:#222;background:#fff}"
	"h1{font-size:1.5em}h2{font-size:1.25em;margin:1.2em 0 .4em;overflow-wrap:anywhere}"
	"h3{font-size:1em;margin:.6em 0 .2em}"
	"table{border-collapse:collapse;width:100%}"
	"td,th{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top;"
	"overflow-wrap:break-word}"
	"#ft th,#ft td:nth-child(n+3){white-space:nowrap}"
	"th button{font:inherit;font-weight:bold;border:0;background:none;padding:0;cursor:pointer}"
	"th[aria-sort=ascending] button::after{content:' \\25B2'}"
	"th[aria-sort=descending] button::after{content:' \\25BC'}"
	"tr[hidden]{display:none}"
	"code,pre{font:12px/1.35 ui-monospace,monospace}"
	"pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:.2em 0;padding:4px;"
	"background:#f6f6f6}"
	".sc,.se,.sw,.si{font-weight:bold}"
	".sc{color:var(--c)}.se{color:var(--e)}.sw{color:var(--w)}.si{color:var(--i)}"
	".ok{color:var(--r)}.cx{color:#666}"
	".lg{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1em}"
	".lg i{display:inline-block;width:.8em;height:.8em;margin-right:.3em}"
	"i.sc,rect.sc{background:var(--c);fill:var(--c)}"
	"i.se,rect.se{background:var(--e);fill:var(--e)}"
	"i.sw,rect.sw{background:var(--w);fill:var(--w)}"
	"i.si,rect.si{background:var(--i);fill:var(--i)}"
	"rect.rs{fill-opacity:.35}"
	"svg{max-width:44em;display:block}svg text{font:10px sans-serif;fill:#555}"
	/* sections off screen are laid out when scrolled to: 1,000 machines
	 * load in about a second */
	".m{content-visibility:auto;contain-intrinsic-size:auto 40em;"
	"border-top:2px solid #888;margin-top:2em}"
	".d{padding-left:1.6em}.d li{margin-bottom:.8em}"
	".meta,.ctl{color:#555}"
	"@media print{.ctl,.bk{display:none}.m{content-visibility:visible;break-before:page;border:0}"
	"pre{background:none}a{color:inherit}}";

const char lx_html_js[] =
	"(function(){"
	"var d=document,t=d.getElementById('ft');if(!t||!t.tBodies.length)return;"
	"var tb=t.tBodies[0],rs=[].slice.call(tb.rows),q=d.getElementById('q'),"
	"sv=d.getElementById('sv'),hs=t.tHead.rows[0].cells,sk=-1,ds=0;"
	"rs.forEach(function(r,i){r._i=i;r._t=r.textContent.toLowerCase()});"
	"function kv(r,k){var c=r.cells[k],v=c.getAttribute('data-v');"
	"return v!==null?v:c.firstChild?c.firstChild.textContent.toLowerCase():''}"
	"function col(n){for(var j=0;j<hs.length;j++)"
	"if(hs[j].getAttribute('data-k')===n)return j;return -1}"
	"function run(w){var f=q.value.toLowerCase(),s=sv.value,n=0,c={};"
	"rs.forEach(function(r){var x=r.getAttribute('data-s'),"
	"ok=(!f||r._t.indexOf(f)>=0)&&(!s||x===s);r.hidden=!ok;"
	"if(ok){n++;c[x]=(c[x]||0)+1}});"
	"d.getElementById('shown').textContent=n;"
	"['critical','error','warning','info'].forEach(function(x){"
	"var e=d.getElementById('n-'+x);if(e)e.textContent=c[x]||0});"
	"if(sk>=0){var nm=hs[sk].hasAttribute('data-n'),"
	"o=(hs[sk].hasAttribute('data-d')?-1:1)*(ds?-1:1);"
	"rs.sort(function(a,b){var x=kv(a,sk),y=kv(b,sk),"
	"r=nm?x-y:(x<y?-1:x>y?1:0);return r*o||a._i-b._i});"
	"rs.forEach(function(r){tb.appendChild(r)})}"
	"for(var j=0;j<hs.length;j++)hs[j].setAttribute('aria-sort',j!==sk?'none':"
	"(hs[j].hasAttribute('data-d')?!ds:ds)?'descending':'ascending');"
	"if(w&&history.replaceState){var h=[];"
	"if(q.value)h.push('filter='+encodeURIComponent(q.value));"
	"if(s)h.push('severity='+s);"
	"if(sk>=0)h.push('sort='+(ds?'-':'')+hs[sk].getAttribute('data-k'));"
	"history.replaceState(null,'',h.length?'#'+h.join('&'):location.pathname+location.search)}}"
	"[].forEach.call(hs,function(h,j){var b=d.createElement('button');b.type='button';"
	"b.textContent=h.textContent;h.textContent='';h.appendChild(b);"
	"b.onclick=function(){ds=sk===j?!ds:0;sk=j;run(1)}});"
	"(location.search.slice(1)+'&'+location.hash.slice(1)).split('&').forEach(function(p){"
	"var i=p.indexOf('=');if(i<0)return;var k=p.slice(0,i),v;"
	"try{v=decodeURIComponent(p.slice(i+1).replace(/\\+/g,' '))}catch(e){return}"
	"if(k==='filter')q.value=v;else if(k==='severity')sv.value=v;"
	"else if(k==='sort'){ds=v.charAt(0)==='-';sk=col(ds?v.slice(1):v);if(sk<0)ds=0}});"
	"q.oninput=sv.onchange=function(){run(1)};"
	"d.getElementById('ctl').hidden=false;run(0);"
	/* when the table was ready, in ms since the page was opened */
	"d.documentElement.setAttribute('data-ready',Math.round(performance.now()))})();";
