### 中文
### 读取文本文件：编码与 Word 文件包（议题 10）。

input-cannot-read = 无法读取 { $path }
input-unreadable-files = { $count } 个文件无法读取
input-file-error = { $path }：{ $message }
input-invalid-utf8 = 第 { $line } 行第 { $column } 列（第 { $offset } 字节）处不是有效的 UTF-8：请将文件另存为 UTF-8（带或不带字节顺序标记），或带字节顺序标记的 UTF-16
input-nul-byte = 第 { $line } 行第 { $column } 列（第 { $offset } 字节）处为 NUL 字节：文件似乎是不带字节顺序标记的 UTF-16；请另存为 UTF-8，或带字节顺序标记的 UTF-16
input-stray-nul-byte = 第 { $line } 行第 { $column } 列（第 { $offset } 字节）处为 NUL 字节：文本中不应有 NUL 字节；文件已损坏或不是文本文件
input-invalid-utf16 = 第 { $line } 行第 { $column } 列（第 { $offset } 字节）处不是有效的 UTF-16（{ $order }）：代理项不成对；文件已损坏或不是 UTF-16
input-truncated-utf16 = UTF-16（{ $order }）文本在第 { $line } 行第 { $column } 列（第 { $offset } 字节）处中断：最后一个字符不完整；文件被截断
input-docx-not-zip = 不是 Word 文件包（.docx 是 zip 文件）：{ $detail }；请将文档另存为 .docx（Word 2007 或更高版本），而不是 .doc 或 .rtf
input-docx-missing-part = Word 文件包中没有 { $part }；应有 .docx 的主文档部分
input-docx-too-large = { $part } 解压后超过 { $limit } 字节；作为 zip 炸弹拒绝读取（联合国文件不会这么大）
input-docx-corrupt = 无法解压 { $part }：{ $detail }；文件已损坏
input-docx-xml = { $part } 在第 { $offset } 字节处不是格式正确的 XML：{ $detail }
input-docx-part-encoding = { $part } 不是 UTF-8 或 UTF-16 文本（第 { $offset } 字节）；文件包已损坏
note-unreadable-version = 警告：无法读取提交 { $commit } 中的 { $path }：{ $message }；已跳过该版本（使用 --strict 时视为错误）
input-not-a-file = { $path } 是{ $what ->
        [directory] 文件夹
        [symlink] 符号链接
        [symlink-loop] 循环的符号链接
        [symlink-broken] 失效的符号链接
        [fifo] 命名管道（FIFO）
        [device] 设备
        [socket] 套接字
        [gitlink] 子模块（gitlink）
        [symlink-out-of-repository] 指向其仓库之外的符号链接
        [symlink-out-of-folder] 指向其文件夹之外的符号链接
       *[other] 非普通文件
    }；应为普通文件
input-not-found = { $path } 不存在
input-permission-denied = 无法读取 { $path }：权限被拒绝
