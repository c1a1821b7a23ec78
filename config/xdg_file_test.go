package config

import (
	"os"
	"path/filepath"
	"testing"
)

// A file where the config folder would be is not an error: the config
// file is optional.
func TestLoad_XDGFolderIsAFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "zhkg"), []byte("not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(t.TempDir()); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	if _, _, err := Load(LoadOptions{Env: []string{"XDG_CONFIG_HOME=" + dir}}); err != nil {
		t.Fatalf("Load: %v", err)
	}
}
