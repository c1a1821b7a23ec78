package graph

import (
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/zhkg/zhkg/extract"
)

// DefaultBase is the IRI base used when Options.Base is empty.
const DefaultBase = "http://zhkg.example.org/"

// Well-known vocabulary IRIs.
const (
	rdfType     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	rdfProperty = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property"
	rdfsLabel   = "http://www.w3.org/2000/01/rdf-schema#label"
	xsdInteger  = "http://www.w3.org/2001/XMLSchema#integer"
	xsdDate     = "http://www.w3.org/2001/XMLSchema#date"
	xsdBoolean  = "http://www.w3.org/2001/XMLSchema#boolean"
)

// Local names (relative to the base) of the schema's own terms.
const (
	schemaArticle   = "schema/Article"
	schemaPerson    = "schema/Person"
	schemaPlace     = "schema/Place"
	schemaOrg       = "schema/Organization"
	schemaTitle     = "schema/Title"
	schemaProduct   = "schema/Product"
	schemaCode      = "schema/code"
	schemaLevel     = "schema/level"
	schemaMentions  = "schema/mentions"
	schemaSource    = "schema/source"
	schemaName      = "schema/name"
	schemaIndex     = "schema/index"
	schemaTitleP    = "schema/title"
	schemaDate      = "schema/date"
	schemaHash      = "schema/hash"
	schemaArticleP  = "schema/article"
	schemaSentence  = "schema/sentence"
	schemaStart     = "schema/start"
	schemaEnd       = "schema/end"
	schemaRule      = "schema/rule"
	schemaSubject   = "schema/subject"
	schemaPredicate = "schema/predicate"
	schemaObject    = "schema/object"
	schemaAuthor    = "schema/author"
)

// predicateLocal maps the schema predicates (except 类型, which is rdf:type)
// to their local names.
var predicateLocal = map[extract.Predicate]string{
	extract.PostOf:     "schema/post",
	extract.WorksAt:    "schema/worksAt",
	extract.LocatedIn:  "schema/locatedIn",
	extract.PartOf:     "schema/partOf",
	extract.Industry:   "schema/industry",
	extract.ShortName:  "schema/shortName",
	extract.LivesIn:    "schema/livesIn",
	extract.Age:        "schema/age",
	extract.AuthoredBy: schemaAuthor,
}

// NormalizeBase returns base with a trailing "/" (unless it already ends in
// "/" or "#"), or DefaultBase when base is empty.
func NormalizeBase(base string) string {
	if base == "" {
		return DefaultBase
	}
	if !strings.HasSuffix(base, "/") && !strings.HasSuffix(base, "#") {
		base += "/"
	}
	return base
}

// PredicateIRI returns the full IRI of a schema predicate under base, or ""
// for a predicate that is not part of the schema.
func PredicateIRI(base string, p extract.Predicate) string {
	if p == extract.TypeOf {
		return rdfType
	}
	if l, ok := predicateLocal[p]; ok {
		return NormalizeBase(base) + l
	}
	return ""
}

// PredicateByIRI is the inverse of PredicateIRI: it returns the schema
// predicate named by iri, and false when iri is not one.
func PredicateByIRI(base string, iri string) (extract.Predicate, bool) {
	for _, p := range extract.Predicates {
		if PredicateIRI(base, p) == iri {
			return p, true
		}
	}
	return "", false
}

// EntityIRI returns the IRI of the node with the given key ("place/510921",
// "person/李玉甫", "title/县委书记"): base + key, with spaces, control
// characters, invalid UTF-8 and the characters <>"{}|^`\ percent-encoded.
// Chinese stays unescaped.
func EntityIRI(base, key string) string {
	return NormalizeBase(base) + escapeIRI(key)
}

// escapeIRI percent-encodes what may not appear in an N-Quads IRIREF.
func escapeIRI(s string) string {
	need := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= 0x20 || c >= 0x7f || strings.IndexByte("<>\"{}|^`\\", c) >= 0 {
			need = true
			break
		}
	}
	if !need {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			pct(&b, s[i])
		case r <= 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0xfffe || r == 0xffff || strings.ContainsRune("<>\"{}|^`\\", r):
			for j := 0; j < n; j++ {
				pct(&b, s[i+j])
			}
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func pct(b *strings.Builder, c byte) {
	const hex = "0123456789ABCDEF"
	b.WriteByte('%')
	b.WriteByte(hex[c>>4])
	b.WriteByte(hex[c&15])
}

// cleanText makes s safe for an N-Quads literal that reads back unchanged:
// invalid UTF-8 and control characters other than tab, newline and
// carriage return become U+FFFD.
func cleanText(s string) string {
	ok := utf8.ValidString(s)
	if ok {
		for i := 0; i < len(s); i++ {
			if c := s[i]; (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f {
				ok = false
				break
			}
		}
	}
	if ok {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f {
			return '\uFFFD'
		}
		return r
	}, s)
}

// zh returns a Chinese-tagged literal.
func zh(s string) quad.Value { return quad.LangString{Value: quad.String(cleanText(s)), Lang: "zh"} }

// str returns a plain string literal.
func str(s string) quad.Value { return quad.String(cleanText(s)) }
