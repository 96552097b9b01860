package io

// Pipe: a synchronous in-memory pipe. A Write hands its slice to Reads over
// a channel and waits until they have consumed all of it; closing either
// end closes done, which wakes every blocked call.

import "sync"

// closeErr holds the first error stored into it.
type closeErr struct {
	mu  sync.Mutex
	err error
}

func (c *closeErr) store(err error) {
	c.mu.Lock()
	if c.err == nil {
		c.err = err
	}
	c.mu.Unlock()
}

func (c *closeErr) load() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

type pipe struct {
	wmu   sync.Mutex  // one Write at a time
	data  chan []byte // a Write's remaining bytes, to a Read
	taken chan int    // how many bytes that Read took
	once  sync.Once
	done  chan struct{}
	rerr  closeErr // the reader's close error
	werr  closeErr // the writer's close error
}

func (p *pipe) read(b []byte) (int, error) {
	select {
	case <-p.done:
		return 0, p.readErr()
	default:
	}
	select {
	case w := <-p.data:
		n := copy(b, w)
		p.taken <- n
		return n, nil
	case <-p.done:
		return 0, p.readErr()
	}
}

// readErr: the writer's close error (EOF by default) unless the reader
// closed first.
func (p *pipe) readErr() error {
	if r, w := p.rerr.load(), p.werr.load(); r == nil && w != nil {
		return w
	}
	return ErrClosedPipe
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeErr()
	default:
	}
	p.wmu.Lock()
	defer p.wmu.Unlock()
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.data <- b:
			k := <-p.taken
			b = b[k:]
			n += k
		case <-p.done:
			return n, p.writeErr()
		}
	}
	return n, nil
}

func (p *pipe) writeErr() error {
	if w, r := p.werr.load(), p.rerr.load(); w == nil && r != nil {
		return r
	}
	return ErrClosedPipe
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.rerr.store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.werr.store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

// A PipeReader is the read half of a pipe.
type PipeReader struct {
	p *pipe
}

// Read reads from the pipe, blocking until a writer arrives or the write
// end is closed (then: the error passed to CloseWithError, else EOF).
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }

// Close closes the reader; later writes fail with ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError closes the reader; later writes fail with err (the first
// error stored wins).
func (r *PipeReader) CloseWithError(err error) error { return r.p.closeRead(err) }

// A PipeWriter is the write half of a pipe.
type PipeWriter struct {
	p *pipe
}

// Write writes data to the pipe, blocking until readers have consumed all
// of it or the read end is closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }

// Close closes the writer; later reads return EOF.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError closes the writer; later reads return err (EOF if nil).
func (w *PipeWriter) CloseWithError(err error) error { return w.p.closeWrite(err) }

// Pipe creates a synchronous in-memory pipe.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{
		data:  make(chan []byte),
		taken: make(chan int),
		done:  make(chan struct{}),
	}
	return &PipeReader{p}, &PipeWriter{p}
}
