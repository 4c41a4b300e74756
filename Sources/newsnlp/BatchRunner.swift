import Foundation

/// Runs jobs on several threads and hands their results back in input order.
///
/// A writer thread emits each result as soon as every earlier one has been emitted, so a stream
/// gets its output while input is still arriving. At most `window` jobs are in flight or waiting to
/// be written, so memory stays bounded by a few documents however long the batch is.
final class OrderedBatchRunner<Result: Sendable>: @unchecked Sendable {
  private let queue = OperationQueue()
  private let condition = NSCondition()
  private var results: [Int: Result] = [:]
  private var submittedCount = 0
  private var inputFinished = false
  private let window: DispatchSemaphore

  init(jobs: Int) {
    queue.maxConcurrentOperationCount = max(1, jobs)
    window = DispatchSemaphore(value: max(1, jobs) * 2)
  }

  /// Submits every job from `jobs` and calls `emit` with each result, in submission order, on one
  /// writer thread; returns when everything has been emitted.
  func run<Jobs: Sequence>(
    _ jobs: Jobs, work: @escaping @Sendable (Jobs.Element) -> Result, emit: @escaping @Sendable (Result) -> Void
  ) where Jobs.Element: Sendable {
    condition.lock()
    results = [:]
    submittedCount = 0
    inputFinished = false
    condition.unlock()
    let writerDone = DispatchSemaphore(value: 0)
    let writer = Thread { [self] in
      var next = 0
      while let result = take(next) {
        emit(result)
        window.signal()
        next += 1
      }
      writerDone.signal()
    }
    writer.start()
    var index = 0
    for job in jobs {
      window.wait()
      let position = index
      condition.lock()
      submittedCount += 1
      condition.unlock()
      queue.addOperation { [self] in
        let result = work(job)
        condition.lock()
        results[position] = result
        condition.broadcast()
        condition.unlock()
      }
      index += 1
    }
    condition.lock()
    inputFinished = true
    condition.broadcast()
    condition.unlock()
    writerDone.wait()
  }

  /// The result at `index` once it is ready, or nil when the input has ended before it.
  private func take(_ index: Int) -> Result? {
    condition.lock()
    defer { condition.unlock() }
    while results[index] == nil {
      if inputFinished && index >= submittedCount { return nil }
      condition.wait()
    }
    return results.removeValue(forKey: index)!
  }
}

/// A one-line progress report on standard error, shown only when standard error is a terminal.
final class ProgressLine: @unchecked Sendable {
  private let enabled = isatty(STDERR_FILENO) != 0
  private let start = Date()
  private var lastDraw = Date.distantPast
  private var documents = 0
  private var bytes = 0
  private let total: Int?

  init(total: Int?) { self.total = total }

  func advance(bytes count: Int) {
    documents += 1
    bytes += count
    guard enabled, Date().timeIntervalSince(lastDraw) > 0.2 else { return }
    lastDraw = Date()
    draw()
  }

  func finish() {
    guard enabled else { return }
    draw()
    FileHandle.standardError.write(Data("\n".utf8))
  }

  private func draw() {
    let seconds = max(0.001, Date().timeIntervalSince(start))
    let rate = Double(bytes) / 1e6 / seconds
    var line = "\r\(documents)\(total.map { "/\($0)" } ?? "") documents  \(String(format: "%.1f", rate)) MB/s"
    if let total, documents > 0 {
      let remaining = Double(total - documents) * seconds / Double(documents)
      line += "  ETA \(Int(remaining))s"
    }
    FileHandle.standardError.write(Data((line + "   ").utf8))
  }
}

/// The lines of a file or pipe, read a chunk at a time so a stream can be processed as it arrives.
struct LineReader: Sequence, IteratorProtocol {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var start = 0
  private var finished = false

  init(_ handle: FileHandle) { self.handle = handle }

  mutating func next() -> String? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
        let line = String(decoding: buffer[start..<newline], as: UTF8.self)
        start = newline + 1
        return line
      }
      // Drop the lines already returned before reading more.
      buffer.removeSubrange(..<start)
      start = 0
      if finished {
        guard !buffer.isEmpty else { return nil }
        defer { buffer.removeAll() }
        return String(decoding: buffer, as: UTF8.self)
      }
      // One read(2) of at most 64 KB: it returns what a pipe has now (so a stream flows), and a
      // regular file is never read whole (`availableData` would; `read(upToCount:)` waits to fill).
      var chunk = [UInt8](repeating: 0, count: 65_536)
      let count = chunk.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
      if count > 0 { buffer.append(contentsOf: chunk[..<count]) } else if count == 0 || errno != EINTR { finished = true }
    }
  }
}
