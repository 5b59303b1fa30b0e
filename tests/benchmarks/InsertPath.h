#pragma once

#include <benchmark/benchmark.h>

#include <vector>

// Registers the BM_InsertPath/* diagnostics (see InsertPath.cpp): where the time of a
// Repository::insert goes. Returns them so that the caller can set repetitions.
std::vector<benchmark::internal::Benchmark *> registerInsertPathBenchmarks();

// Closes and removes the database the diagnostics used (before QCoreApplication goes).
void releaseInsertPathFixture();
