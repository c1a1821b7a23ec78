package main

import (
	"runtime/debug"
	"testing"

	"github.com/zhkg/zhkg/config"
)

func TestLimitMemory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	tests := []struct {
		name       string
		limit      config.ByteSize
		gomemlimit string
		want       int64 // the limit while the build runs
	}{
		{"key sets the limit", 512 * config.MiB, "", 512 << 20},
		{"zero leaves it", 0, "", before},
		{"GOMEMLIMIT wins", 512 * config.MiB, "2GiB", before},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GOMEMLIMIT", tt.gomemlimit)
			a := &app{cfg: config.Config{MemoryLimit: tt.limit}}
			restore := a.limitMemory()
			got := debug.SetMemoryLimit(-1)
			restore()
			if got != tt.want {
				t.Errorf("limit during the build = %d, want %d", got, tt.want)
			}
			if after := debug.SetMemoryLimit(-1); after != before {
				t.Errorf("limit after restore = %d, want %d", after, before)
			}
		})
	}
}
