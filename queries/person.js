// name: person
// doc: Posts and affiliations of a person, one row per article, oldest first.
// param: person — the person's label, e.g. 张明 (or an IRI <…>, or a key such as person/张明)
var people = zFind(person);
var groups = {}, order = [];
if (people.length > 0) {
  var facts = zV(people).tag("person").in(P_SUBJECT).tag("fact").out(P_PREDICATE).is(P_POST, P_WORKS_AT).tag("pred")
    .back("fact").out(P_OBJECT).tag("object").back("fact").out(P_ARTICLE).tag("article").tagArray();
  for (var i = 0; i < facts.length; i++) {
    var f = facts[i], who = zIRI(f.person), art = zIRI(f.article), key = who + "|" + art;
    if (!groups[key]) {
      groups[key] = {name: zLabel(who), date: zValue(art, P_DATE), article: zLabel(art), posts: [], affiliations: []};
      order.push(key);
    }
    var obj = zLabel(zIRI(f.object));
    if (zIRI(f.pred) === P_POST) { groups[key].posts.push(obj); } else { groups[key].affiliations.push(obj); }
  }
}
var rows = [];
for (var k = 0; k < order.length; k++) {
  var r = groups[order[k]];
  r.posts = zUniq(r.posts).sort().join("、");
  r.affiliations = zUniq(r.affiliations).sort().join("、");
  rows.push(r);
}
rows.sort(zByKeys(["name", "date", "article"]));
for (var n = 0; n < rows.length; n++) { g.emit(rows[n]); }
