package graph

import (
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	got := redact("postgres://zhkg:s3cret@127.0.0.1:5432/kg?sslmode=disable")
	if strings.Contains(got, "s3cret") || !strings.Contains(got, "127.0.0.1:5432/kg") {
		t.Fatalf("redact = %q", got)
	}
	if got := redact("./zhkg.db"); got != "./zhkg.db" {
		t.Fatalf("redact(path) = %q", got)
	}
}
