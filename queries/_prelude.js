// ---- zhkg prelude: names of the graph model and helpers (plain ES5) ----
var RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>";
function zSchema(local) { return "<" + BASE + "schema/" + local + ">"; }
var P_POST = zSchema("post"), P_WORKS_AT = zSchema("worksAt"), P_LOCATED_IN = zSchema("locatedIn"),
    P_PART_OF = zSchema("partOf"), P_INDUSTRY = zSchema("industry"), P_LIVES_IN = zSchema("livesIn"),
    P_AUTHOR = zSchema("author"), P_MENTIONS = zSchema("mentions"), P_CODE = zSchema("code"),
    P_DATE = zSchema("date"), P_SOURCE = zSchema("source"), P_SUBJECT = zSchema("subject"),
    P_PREDICATE = zSchema("predicate"), P_OBJECT = zSchema("object"), P_ARTICLE = zSchema("article"),
    P_SENTENCE = zSchema("sentence");
var C_PLACE = zSchema("Place");
// the relations drawn between entities (not types, labels or provenance)
var ENTITY_PREDS = [P_POST, P_WORKS_AT, P_LOCATED_IN, P_PART_OF, P_INDUSTRY, P_LIVES_IN];

// zIRI: a node as the engine returns it ("<iri>" in JSON, {"@id": iri} in JSON-LD) as "<iri>", else null.
function zIRI(v) {
  if (v !== null && typeof v === "object" && v["@id"] !== undefined) { return "<" + v["@id"] + ">"; }
  if (typeof v === "string" && v.charAt(0) === "<" && v.charAt(v.length - 1) === ">") { return v; }
  return null;
}
// zText: the text of a literal in either collation.
function zText(v) {
  if (v === null || v === undefined) { return ""; }
  if (typeof v === "object") {
    if (v["@value"] !== undefined) { return String(v["@value"]); }
    if (v["@id"] !== undefined) { return String(v["@id"]); }
  }
  var s = String(v), m = /^"(.*)"(\^\^<[^>]*>|@[A-Za-z0-9-]+)$/.exec(s);
  return m ? m[1] : s;
}
function zUniq(list) {
  var seen = {}, out = [];
  for (var i = 0; i < list.length; i++) {
    var k = list[i];
    if (k !== null && k !== undefined && !seen[k]) { seen[k] = true; out.push(k); }
  }
  return out;
}
function zIRIs(values) { var out = []; for (var i = 0; i < values.length; i++) { out.push(zIRI(values[i])); } return zUniq(out); }
// zV: g.V over a list of "<iri>" strings.
function zV(list) { return g.V.apply(g, list); }
var zLabelCache = {};
// zLabel: the rdfs:label of a node, or the last part of its IRI. Every
// article that mentions a node repeats its label quad, so lookups of one
// value read only the first (toArray(1)): a hub such as a province or a
// post has thousands of copies.
function zLabel(node) {
  if (zLabelCache[node] !== undefined) { return zLabelCache[node]; }
  var v = zFirst(node, RDFS_LABEL), l;
  if (v !== null) { l = zText(v); } else { l = node.replace(/^<|>$/g, "").split("/").pop(); }
  zLabelCache[node] = l;
  return l;
}
// zValue: the first value of node's predicate p as text ("" if none).
function zValue(node, p) { var v = zFirst(node, p); return v !== null ? zText(v) : ""; }
// zFind: the nodes a user's name stands for: "<iri>", a key such as place/511921, or a label (with or without @zh).
function zFind(name) {
  if (name.charAt(0) === "<") { return [name]; }
  if (/^(place|person|org|title|product|article|fact|schema)\/\S+$/.test(name)) { return ["<" + BASE + name + ">"]; }
  return zIRIs(g.V(lang(name, "zh"), name).in(RDFS_LABEL).toArray());
}
// zFirst: the first value of node's predicate p as the engine returns it
// (null if none), cached.
var zFirstCache = {};
function zFirst(node, p) {
  var key = node + "|" + p;
  if (zFirstCache.hasOwnProperty(key)) { return zFirstCache[key]; }
  var vs = g.V(node).out(p).toArray(1), v = vs.length > 0 ? vs[0] : null;
  zFirstCache[key] = v;
  return v;
}
// zFirsts: zFirst for every node of list not read yet, with one traversal
// for all of them instead of one each (a traversal costs tens of
// microseconds however little it reads). It reads every value of p of
// those nodes, so it suits nodes with one value or a few (evidence nodes,
// articles), not the labels of entities, which every article that names
// them repeats.
function zFirsts(list, p) {
  var todo = [], seen = {};
  for (var i = 0; i < list.length; i++) {
    var n = list[i];
    if (n !== null && !seen[n] && !zFirstCache.hasOwnProperty(n + "|" + p)) { seen[n] = true; todo.push(n); }
  }
  if (todo.length === 0) { return; }
  var rows = zV(todo).tag("n").out(p).tag("v").tagArray();
  for (var r = 0; r < rows.length; r++) {
    var key = zIRI(rows[r].n) + "|" + p;
    if (!zFirstCache.hasOwnProperty(key)) { zFirstCache[key] = rows[r].v; }
  }
  for (var j = 0; j < todo.length; j++) {
    if (!zFirstCache.hasOwnProperty(todo[j] + "|" + p)) { zFirstCache[todo[j] + "|" + p] = null; }
  }
}
// zFacts: the evidence of every fact about node s, as subject ("subject")
// or as object ("object"): [{p, s, o, article, sentence}], cached. Each
// evidence node is read with its own short queries: on the key-value
// stores a traversal that joins several predicates (save(), or out() and
// back()) from many nodes scans whole predicates and is far slower.
var zFactCache = {};
function zFacts(node, role) {
  var key = role + "|" + node;
  if (zFactCache[key] !== undefined) { return zFactCache[key]; }
  var facts = zIRIs(g.V(node).in(role === "object" ? P_OBJECT : P_SUBJECT).toArray()), out = [];
  for (var i = 0; i < facts.length; i++) { out.push(zReadFact(facts[i], null, role === "object" ? null : node)); }
  zFactCache[key] = out;
  return out;
}
// zReadFact: the evidence node f of a fact as {p, s, o, article, sentence}.
// p and s are given when the caller knows them (null: read them). Every
// other field is read from the store the first time it is used, so a
// query that needs only the articles reads no sentences: on a big store
// each value read costs tens of microseconds, and a county has thousands
// of facts.
function zReadFact(f, p, s) {
  var fact = {}, known = {};
  Object.defineProperty(fact, "node", {value: f, enumerable: false});
  function field(name, read) {
    Object.defineProperty(fact, name, {
      enumerable: true,
      get: function () {
        if (!known.hasOwnProperty(name)) { known[name] = read(); }
        return known[name];
      }
    });
  }
  field("p", function () { return p !== null ? p : zIRI(zFirst(f, P_PREDICATE)); });
  field("s", function () { return s !== null ? s : zIRI(zFirst(f, P_SUBJECT)); });
  field("o", function () { var ov = zFirst(f, P_OBJECT), o = zIRI(ov); return o !== null ? o : zText(ov); });
  field("article", function () { return zIRI(zFirst(f, P_ARTICLE)); });
  field("sentence", function () { return zText(zFirst(f, P_SENTENCE)); });
  return fact;
}
// zFactsOf: the evidence of the facts of one predicate p with node s as
// subject: [{p, s, o, article, sentence}], cached. The predicate is tested
// by the engine (has), so a node with many facts (a county) reads only the
// evidence of that predicate.
var zFactOfCache = {};
function zFactsOf(node, p) {
  var key = node + "|" + p;
  if (zFactOfCache[key] !== undefined) { return zFactOfCache[key]; }
  if (zFactCache["subject|" + node] !== undefined) {
    var all = zFactCache["subject|" + node], sel = [];
    for (var j = 0; j < all.length; j++) { if (all[j].p === p) { sel.push(all[j]); } }
    zFactOfCache[key] = sel;
    return sel;
  }
  var facts = zIRIs(g.V(node).in(P_SUBJECT).has(P_PREDICATE, p).toArray()), out = [];
  for (var i = 0; i < facts.length; i++) { out.push(zReadFact(facts[i], p, node)); }
  zFactOfCache[key] = out;
  return out;
}
// zEvidence: the articles and sentences behind the fact (s, p, o): [{article, sentence}].
function zEvidence(s, p, o) {
  var facts = zFactsOf(s, p), out = [], seen = {};
  for (var i = 0; i < facts.length; i++) {
    var f = facts[i];
    if (f.p !== p || f.o !== o) { continue; }
    var k = f.article + "|" + f.sentence;
    if (!seen[k]) { seen[k] = true; out.push({article: f.article, sentence: f.sentence}); }
  }
  return out;
}
// zEvidenceArticles: the articles behind the fact (s, p, o), o an entity,
// without reading its sentences: ["<article>", …]. Predicate and object
// are tested by the engine (has), each test one exact index key, so it
// costs one traversal, where reading each fact's object and article cost
// two per fact; it suits a node with few facts (a person), not a hub,
// whose facts zFactsOf reads once for all its objects.
function zEvidenceArticles(s, p, o) {
  return zIRIs(g.V(s).in(P_SUBJECT).has(P_PREDICATE, p).has(P_OBJECT, o).out(P_ARTICLE).toArray());
}
// zReach: the nodes reached from list by repeating step (a function from a
// node to the nodes one step away), breadth first, as [{node, depth}]: each
// node once, at the depth where it is first met, in the order Cayley's
// followRecursive(…, -1) yields them (the nodes of list are not marked as
// met, so a cycle back to them lists them too). followRecursive builds its
// steps from a whole level without the store's optimiser, so each step
// read every quad of every node of the level; one short step per node
// reads only the quads of its predicate.
function zReach(list, step) {
  var seen = {}, out = [], frontier = list.slice();
  for (var depth = 1; frontier.length > 0; depth++) {
    var next = [];
    for (var i = 0; i < frontier.length; i++) {
      var ns = step(frontier[i]);
      for (var j = 0; j < ns.length; j++) {
        var n = ns[j];
        if (n === null || seen[n]) { continue; }
        seen[n] = true;
        out.push({node: n, depth: depth});
        next.push(n);
      }
    }
    frontier = next;
  }
  return out;
}
// zInOf, zOutOf: steps for zReach along predicate p.
function zInOf(p) { return function (node) { return zIRIs(g.V(node).in(p).toArray()); }; }
function zOutOf(p) { return function (node) { return zIRIs(g.V(node).out(p).toArray()); }; }
// zUnder: the nodes in list and everything located in them, recursively (places and organizations).
function zUnder(list) {
  var r = zReach(list, zInOf(P_LOCATED_IN)), out = list.slice();
  for (var i = 0; i < r.length; i++) { out.push(r[i].node); }
  return zUniq(out);
}
function zByKeys(keys) {
  return function (a, b) {
    for (var i = 0; i < keys.length; i++) {
      var x = a[keys[i]], y = b[keys[i]];
      if (x < y) { return -1; }
      if (x > y) { return 1; }
    }
    return 0;
  };
}
// ---- query ----
