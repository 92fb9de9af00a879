package httpapi

import (
	"context"
	"sync"
	"time"

	"github.com/dossier-osint/dossier"
)

// readCacheTTL bounds how long the profile read path remembers an entity or a source, so that
// changes made outside this server (the command line) show within seconds; changes made through
// the API clear the memory at once (Server.invalidate).
const readCacheTTL = 5 * time.Second

// readCacheMax bounds the entries of each map; a full map starts over.
const readCacheMax = 200000

// readCache is a store for the read models of one server (package view): it remembers the
// entities and sources that profiles look up again and again — the names of the groups and
// places that many entities link to, and the labels of their sources — for readCacheTTL.
// Sources are kept without their text. Everything else goes to the store.
type readCache struct {
	dossier.Store
	now func() time.Time

	mu       sync.Mutex
	entities map[string]cached[*dossier.Entity]
	sources  map[string]cached[*dossier.Source]
}

type cached[T any] struct {
	v  T
	at time.Time
}

func newReadCache(st dossier.Store, now func() time.Time) *readCache {
	return &readCache{Store: st, now: now}
}

// clear forgets everything.
func (c *readCache) clear() {
	c.mu.Lock()
	c.entities, c.sources = nil, nil
	c.mu.Unlock()
}

func lookup[T any](c *readCache, m map[string]cached[T], id string, now time.Time) (T, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := m[id]
	if ok && now.Sub(e.at) < readCacheTTL {
		return e.v, true
	}
	var zero T
	return zero, false
}

// FindEntityByID returns the entity from memory or the store. Callers must not modify it.
func (c *readCache) FindEntityByID(ctx context.Context, id string) (*dossier.Entity, error) {
	now := c.now()
	if e, ok := lookup(c, c.entities, id, now); ok {
		return e, nil
	}
	e, err := c.Store.FindEntityByID(ctx, id)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.entities == nil || len(c.entities) >= readCacheMax {
		c.entities = map[string]cached[*dossier.Entity]{}
	}
	c.entities[id] = cached[*dossier.Entity]{e, now}
	c.mu.Unlock()
	return e, nil
}

// FindSourceByID returns the source without its text, from memory or the store.
func (c *readCache) FindSourceByID(ctx context.Context, id string) (*dossier.Source, error) {
	now := c.now()
	if s, ok := lookup(c, c.sources, id, now); ok {
		return s, nil
	}
	s, err := c.Store.FindSourceByID(ctx, id)
	if err != nil {
		return nil, err
	}
	light := *s
	light.Text = ""
	c.mu.Lock()
	if c.sources == nil || len(c.sources) >= readCacheMax {
		c.sources = map[string]cached[*dossier.Source]{}
	}
	c.sources[id] = cached[*dossier.Source]{&light, now}
	c.mu.Unlock()
	return &light, nil
}
