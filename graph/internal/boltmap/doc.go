// Package boltmap gives back the memory a bolt database's file map holds
// in the process.
//
// bolt reads its file through one read-only shared memory map and writes
// with pwrite. Every page a transaction reads through the map stays
// mapped in the process, and the kernel counts it in the process's
// resident set (RSS) until it reclaims it under pressure. A build that
// inserts quads all over a growing index touches nearly every page of the
// file, so a store of 10 000 articles (a file of about 850 MB) ended its
// build at 1.39 GB of peak RSS, of which 850 MB were the file's pages:
// memory that any tool watching RSS (a container's limit, the
// benchmark's goal of 1 GiB) charges to zhkg although it is page cache.
//
// Release tells the kernel that the process no longer needs the mapped
// pages (madvise MADV_DONTNEED). For a shared file mapping that only drops
// the process's page-table entries: the data stays in the page cache and
// on disk, and the next read through the map faults it back in without
// disk I/O while the cache holds it. It is safe while other transactions
// read, because the map keeps its address: Release holds bolt's map lock
// as a reader, as a transaction does, so bolt cannot remap meanwhile.
//
// bolt keeps the map and its lock in unexported fields; they are found by
// reflection. If a bolt version names them otherwise, Release does
// nothing and says so with ErrUnsupported, and nothing else changes.
package boltmap
