extension ContainedFile.Failure {
    /// Why the read failed, for people, without the path (the caller names the file):
    /// `"it is a folder, not a file"`.
    public var reason: String {
        switch self {
        case .outside: return "it is outside the folder it must stay in (through an absolute path, \"..\" or a link out)"
        case .missing: return "no such file"
        case .danglingLink: return "it is a symbolic link that leads nowhere"
        case .tooManyLinks: return "it goes through more than 40 symbolic links"
        case .folder: return "it is a folder, not a file"
        case .notRegular: return "it is a device, pipe or socket, not a regular file"
        case .tooLarge(let size, let limit): return "the file is \(size) bytes, more than the limit of \(limit) bytes"
        case .system(let message): return message
        }
    }
}
