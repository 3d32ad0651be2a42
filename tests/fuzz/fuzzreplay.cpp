// SPDX-License-Identifier: GPL-3.0-or-later
// Stands in for libFuzzer's main() in ordinary builds: feeds every file of the given folders (or files) to
// LLVMFuzzerTestOneInput once, so the seed corpus and past crashers run as a test under the sanitizers.
// LLVMFuzzerInitialize, when a target defines it (one that needs a QCoreApplication), runs first, as libFuzzer
// runs it.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

void replay(const std::filesystem::path &file, int &count)
{
    std::ifstream stream(file, std::ios::binary);
    const std::vector<char> bytes{std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    ++count;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize) {
        LLVMFuzzerInitialize(&argc, &argv);
    }
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::recursive_directory_iterator(path)) {
                if (entry.is_regular_file()) {
                    replay(entry.path(), count);
                }
            }
        } else if (std::filesystem::is_regular_file(path)) {
            replay(path, count);
        }
    }
    std::printf("replayed %d inputs\n", count);
    // An empty corpus would make this test pass while testing nothing.
    return count > 0 ? 0 : 1;
}
