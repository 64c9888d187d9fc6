/// One of N deterministic slices of a batch, for spreading a large pack over machines.
///
/// A spec belongs to shard `1 + (h mod N)`, where `h` is the first 8 bytes of the SHA-256
/// of its relative path (the path below the folder it was found in). The assignment
/// depends on nothing else — not the machine, the absolute checkout path, the order of
/// arguments or the other specs — so N shards started anywhere over the same pack render
/// every spec exactly once, and a spec keeps its shard as the pack grows.
///
/// Written `I/N` with I from 1 to N (as in `--shard 2/8`). The index may come from a
/// scheduler instead (see ``parse(_:environment:)``).
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based index, `1...count`.
    public let index: Int
    /// How many shards the work is split into.
    public let count: Int

    public init(index: Int, count: Int) throws {
        guard count >= 1 else { throw ShardError("the shard count must be at least 1 (got \(count))") }
        guard (1...count).contains(index) else {
            throw ShardError("shard \(index) is outside 1...\(count)")
        }
        self.index = index
        self.count = count
    }

    /// `I/N`.
    public var description: String { "\(index)/\(count)" }

    /// Whether the spec with this relative path is in this shard.
    public func contains(relativePath: String) -> Bool {
        Self.shardIndex(of: relativePath, count: count) == index
    }

    /// The 1-based shard a relative path belongs to among `count`.
    public static func shardIndex(of relativePath: String, count: Int) -> Int {
        let digest = { var h = ContentHash(); h.update(Array(relativePath.utf8)); return h.finalize() }()
        var v: UInt64 = 0
        for b in digest.prefix(8) { v = v << 8 | UInt64(b) }
        return Int(v % UInt64(max(count, 1))) + 1
    }

    /// Parses `--shard`.
    ///
    /// - `I/N`: shard I (1-based) of N.
    /// - `auto/N`: shard count N, index from the scheduler's environment, tried in order:
    ///   `JOB_COMPLETION_INDEX` (Kubernetes Indexed Job, 0-based → I = value + 1);
    ///   `SLURM_ARRAY_TASK_ID` (Slurm array job; I = ID − `SLURM_ARRAY_TASK_MIN` + 1, MIN
    ///   defaulting to 0, so `--array=0-7` and `--array=1-8` both work);
    ///   `PARALLEL_SEQ` (GNU parallel's job sequence number, already 1-based).
    /// - `auto`: as `auto/N`, with N from `SLURM_ARRAY_TASK_COUNT` (Slurm) or
    ///   `CHARTSMITH_SHARD_COUNT` (set it yourself, e.g. to a Kubernetes Job's `completions`).
    public static func parse(_ text: String, environment: [String: String]) throws -> Shard {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == 1 || parts.count == 2 else {
            throw ShardError("--shard takes I/N (e.g. 2/8), auto/N or auto; got '\(text)'")
        }
        var count: Int?
        if parts.count == 2 {
            guard let n = Int(parts[1]), n >= 1 else {
                throw ShardError("the shard count in '\(text)' must be a whole number of at least 1")
            }
            count = n
        }
        if parts[0].lowercased() != "auto" {
            guard let i = Int(parts[0]) else {
                throw ShardError("--shard takes I/N (e.g. 2/8), auto/N or auto; got '\(text)'")
            }
            guard let n = count else {
                throw ShardError("--shard \(text) needs a count: write \(i)/N")
            }
            return try Shard(index: i, count: n)
        }
        let (index, source, envCount) = try indexFromEnvironment(environment)
        if let given = count, let envCount, given != envCount {
            throw ShardError("--shard \(text) disagrees with the shard count in the environment (\(envCount))")
        }
        guard let n = count ?? envCount else {
            throw ShardError("--shard auto found the index in \(source) but no shard count; write auto/N or set CHARTSMITH_SHARD_COUNT")
        }
        guard (1...n).contains(index) else {
            throw ShardError("\(source) gives shard \(index), outside 1...\(n)")
        }
        return try Shard(index: index, count: n)
    }

    /// The 1-based index a scheduler's variables give, where it came from, and the count
    /// the environment gives, if any.
    static func indexFromEnvironment(_ env: [String: String]) throws -> (Int, String, Int?) {
        func int(_ name: String) throws -> Int? {
            guard let raw = env[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            guard let v = Int(raw) else { throw ShardError("\(name)=\(raw) is not a whole number") }
            return v
        }
        let ownCount = try int("CHARTSMITH_SHARD_COUNT")
        if let k = try int("JOB_COMPLETION_INDEX") {
            return (k + 1, "JOB_COMPLETION_INDEX (Kubernetes)", ownCount)
        }
        if let id = try int("SLURM_ARRAY_TASK_ID") {
            let min = try int("SLURM_ARRAY_TASK_MIN") ?? 0
            let step = try int("SLURM_ARRAY_TASK_STEP") ?? 1
            guard step == 1 else {
                throw ShardError("SLURM_ARRAY_TASK_STEP is \(step); use a contiguous array (--array=0-N) so every shard runs")
            }
            return (id - min + 1, "SLURM_ARRAY_TASK_ID (Slurm)", try int("SLURM_ARRAY_TASK_COUNT") ?? ownCount)
        }
        if let seq = try int("PARALLEL_SEQ") {
            return (seq, "PARALLEL_SEQ (GNU parallel)", ownCount)
        }
        throw ShardError("--shard auto needs JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID or PARALLEL_SEQ in the environment")
    }
}

/// A `--shard` value that cannot be used.
public struct ShardError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
