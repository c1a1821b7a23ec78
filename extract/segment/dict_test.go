package segment

import "testing"

// TestWideChildren checks the hash table of wide nodes against a linear
// search of their sorted children, for every child of every wide node and
// for labels that are no child.
func TestWideChildren(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := s.stock()
	ns := d.nodes
	wide := 0
	for n := int32(0); int(n)+1 < len(ns); n++ {
		lo, hi := ns[n].first, ns[n+1].first
		if hi-lo <= wideMin {
			continue
		}
		wide++
		for c := lo; c < hi; c++ {
			if got := d.child(n, ns[c].label); got != c {
				t.Fatalf("child(%d, %d) = %d, want %d", n, ns[c].label, got, c)
			}
		}
		if got := d.child(n, ns[hi-1].label+1); got != -1 { // above the largest child's label
			t.Fatalf("child(%d, absent label) = %d, want -1", n, got)
		}
		if got := d.child(n, 0); got != -1 {
			t.Fatalf("child(%d, 0) = %d, want -1", n, got)
		}
	}
	if wide < 100 {
		t.Fatalf("only %d wide nodes: the table is not exercised", wide)
	}
}
