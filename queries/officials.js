// name: officials
// doc: Officials of a place and of every place and organization under it: name, post, where, source article.
// param: place — the place's label, e.g. 通江县 (or an IRI <…>, or a key such as place/511921)
var units = zUnder(zFind(place));
var rows = [], seen = {};
if (units.length > 0) {
  var hits = zV(units).tag("unit").in(P_WORKS_AT).tag("person").tagArray();
  for (var i = 0; i < hits.length; i++) {
    var person = zIRI(hits[i].person), unit = zIRI(hits[i].unit);
    var ev = zEvidenceArticles(person, P_WORKS_AT, unit);
    if (ev.length === 0) { ev = [null]; }
    for (var j = 0; j < ev.length; j++) {
      var art = ev[j], k = person + "|" + unit + "|" + art;
      if (seen[k]) { continue; }
      seen[k] = true;
      var posts = [];
      if (art !== null) {
        // the posts the article gives the person
        var os = zIRIs(g.V(person).in(P_SUBJECT).has(P_PREDICATE, P_POST).has(P_ARTICLE, art).out(P_OBJECT).toArray());
        for (var n = 0; n < os.length; n++) { posts.push(zLabel(os[n])); }
      } else {
        var ps2 = g.V(person).out(P_POST).toArray();
        for (var m = 0; m < ps2.length; m++) { posts.push(zLabel(zIRI(ps2[m]))); }
      }
      rows.push({
        name: zLabel(person), post: zUniq(posts).sort().join("、"), unit: zLabel(unit),
        article: art === null ? "" : zLabel(art), date: art === null ? "" : zValue(art, P_DATE)
      });
    }
  }
}
rows.sort(zByKeys(["unit", "name", "date", "article"]));
for (var r = 0; r < rows.length; r++) { g.emit(rows[r]); }
