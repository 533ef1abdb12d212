// Generated from the zod schema (src/core/plan/schema.ts) by src/core/plan/fast-validator-gen.ts,
// at build time: do not edit. A test fails when this is not what the generator writes.
import type { NumberRule } from './numbers.js';
import type { FastSpec } from './fast-validate.js';

/**
 * What the fast validator (fast-validate.ts) checks, node by node: the plan schema as data. A
 * function, so that a command that only needs NUMBER_INPUTS (sensitivity) does not build it.
 */
export function planSpec(): FastSpec {
  return {
    "kind": "rules",
    "names": [
      "computeHasWhatItNeeds",
      "noWhatIfSections"
    ],
    "inner": {
      "kind": "object",
      "shape": [
        [
          "version",
          {
            "kind": "version"
          }
        ],
        [
          "name",
          {
            "kind": "text"
          }
        ],
        [
          "currency",
          {
            "kind": "rules",
            "names": [
              "isCurrencyCode"
            ],
            "inner": {
              "kind": "string"
            }
          }
        ],
        [
          "language",
          {
            "kind": "default",
            "value": "en",
            "inner": {
              "kind": "enum",
              "values": [
                "en",
                "zh"
              ]
            }
          }
        ],
        [
          "market",
          {
            "kind": "object",
            "shape": [
              [
                "problem",
                {
                  "kind": "text"
                }
              ],
              [
                "trends",
                {
                  "kind": "default",
                  "value": [],
                  "inner": {
                    "kind": "array",
                    "min": 0,
                    "element": {
                      "kind": "text"
                    }
                  }
                }
              ],
              [
                "size",
                {
                  "kind": "optional",
                  "inner": {
                    "kind": "rules",
                    "names": [
                      "marketSizesNest"
                    ],
                    "inner": {
                      "kind": "object",
                      "shape": [
                        [
                          "tam",
                          {
                            "kind": "number",
                            "rule": {
                              "min": {
                                "value": 0,
                                "exclusive": false
                              },
                              "description": "Total addressable market, per year"
                            }
                          }
                        ],
                        [
                          "sam",
                          {
                            "kind": "number",
                            "rule": {
                              "min": {
                                "value": 0,
                                "exclusive": false
                              },
                              "description": "Serviceable addressable market, per year"
                            }
                          }
                        ],
                        [
                          "som",
                          {
                            "kind": "number",
                            "rule": {
                              "min": {
                                "value": 0,
                                "exclusive": false
                              },
                              "description": "Serviceable obtainable market, per year"
                            }
                          }
                        ]
                      ]
                    }
                  }
                }
              ],
              [
                "competitors",
                {
                  "kind": "default",
                  "value": [],
                  "inner": {
                    "kind": "array",
                    "min": 0,
                    "element": {
                      "kind": "object",
                      "shape": [
                        [
                          "name",
                          {
                            "kind": "text"
                          }
                        ],
                        [
                          "offering",
                          {
                            "kind": "optional",
                            "inner": {
                              "kind": "text"
                            }
                          }
                        ],
                        [
                          "pricing",
                          {
                            "kind": "optional",
                            "inner": {
                              "kind": "text"
                            }
                          }
                        ],
                        [
                          "strengths",
                          {
                            "kind": "optional",
                            "inner": {
                              "kind": "text"
                            }
                          }
                        ],
                        [
                          "weaknesses",
                          {
                            "kind": "optional",
                            "inner": {
                              "kind": "text"
                            }
                          }
                        ]
                      ]
                    }
                  }
                }
              ],
              [
                "sources",
                {
                  "kind": "default",
                  "value": [],
                  "inner": {
                    "kind": "array",
                    "min": 0,
                    "element": {
                      "kind": "text"
                    }
                  }
                }
              ]
            ]
          }
        ],
        [
          "value_proposition",
          {
            "kind": "object",
            "shape": [
              [
                "core_value",
                {
                  "kind": "text"
                }
              ],
              [
                "customer_problem",
                {
                  "kind": "text"
                }
              ],
              [
                "solution",
                {
                  "kind": "text"
                }
              ],
              [
                "differentiators",
                {
                  "kind": "default",
                  "value": [],
                  "inner": {
                    "kind": "array",
                    "min": 0,
                    "element": {
                      "kind": "text"
                    }
                  }
                }
              ],
              [
                "proof",
                {
                  "kind": "default",
                  "value": [],
                  "inner": {
                    "kind": "array",
                    "min": 0,
                    "element": {
                      "kind": "text"
                    }
                  }
                }
              ]
            ]
          }
        ],
        [
          "target_market",
          {
            "kind": "rules",
            "names": [
              "primaryIsASegment"
            ],
            "inner": {
              "kind": "object",
              "shape": [
                [
                  "segments",
                  {
                    "kind": "array",
                    "min": 1,
                    "element": {
                      "kind": "object",
                      "shape": [
                        [
                          "name",
                          {
                            "kind": "text"
                          }
                        ],
                        [
                          "description",
                          {
                            "kind": "optional",
                            "inner": {
                              "kind": "text"
                            }
                          }
                        ],
                        [
                          "customers",
                          {
                            "kind": "optional",
                            "inner": {
                              "kind": "number",
                              "rule": {
                                "min": {
                                  "value": 0
                                },
                                "description": "How many potential customers it holds"
                              }
                            }
                          }
                        ],
                        [
                          "needs",
                          {
                            "kind": "optional",
                            "inner": {
                              "kind": "text"
                            }
                          }
                        ]
                      ]
                    }
                  }
                ],
                [
                  "primary_segment",
                  {
                    "kind": "text"
                  }
                ],
                [
                  "persona",
                  {
                    "kind": "text"
                  }
                ],
                [
                  "positioning",
                  {
                    "kind": "text"
                  }
                ]
              ]
            }
          }
        ],
        [
          "revenue_model",
          {
            "kind": "derive",
            "name": "withSeatArpu",
            "inner": {
              "kind": "rules",
              "names": [
                "seatPricingHolds"
              ],
              "inner": {
                "kind": "object",
                "shape": [
                  [
                    "pricing_model",
                    {
                      "kind": "enum",
                      "values": [
                        "subscription",
                        "usage",
                        "seat",
                        "license",
                        "services",
                        "hybrid"
                      ]
                    }
                  ],
                  [
                    "streams",
                    {
                      "kind": "default",
                      "value": [],
                      "inner": {
                        "kind": "array",
                        "min": 0,
                        "element": {
                          "kind": "object",
                          "shape": [
                            [
                              "name",
                              {
                                "kind": "text"
                              }
                            ],
                            [
                              "description",
                              {
                                "kind": "optional",
                                "inner": {
                                  "kind": "text"
                                }
                              }
                            ],
                            [
                              "share",
                              {
                                "kind": "optional",
                                "inner": {
                                  "kind": "number",
                                  "rule": {
                                    "min": {
                                      "value": 0
                                    },
                                    "max": {
                                      "value": 1
                                    },
                                    "percent": true,
                                    "description": "Share of revenue; 0 to 1 or a percent"
                                  }
                                }
                              }
                            ]
                          ]
                        }
                      }
                    }
                  ],
                  [
                    "arpu_monthly",
                    {
                      "kind": "optional",
                      "inner": {
                        "kind": "number",
                        "rule": {
                          "min": {
                            "value": 0,
                            "exclusive": true
                          },
                          "description": "Average revenue per customer per month; with seat pricing, may be left out for seats_per_customer x price_per_seat_monthly"
                        }
                      }
                    }
                  ],
                  [
                    "seats_per_customer",
                    {
                      "kind": "optional",
                      "inner": {
                        "kind": "number",
                        "rule": {
                          "min": {
                            "value": 0,
                            "exclusive": true
                          },
                          "description": "Seat pricing: average seats one customer pays for"
                        }
                      }
                    }
                  ],
                  [
                    "price_per_seat_monthly",
                    {
                      "kind": "optional",
                      "inner": {
                        "kind": "number",
                        "rule": {
                          "min": {
                            "value": 0,
                            "exclusive": true
                          },
                          "description": "Seat pricing: price of one seat per month"
                        }
                      }
                    }
                  ],
                  [
                    "variable_cost_per_customer_monthly",
                    {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 0,
                          "exclusive": false
                        },
                        "description": "Cost to serve one customer a month, excluding AI inference: support, hosting, payment fees"
                      }
                    }
                  ],
                  [
                    "churn_monthly",
                    {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 0,
                          "exclusive": true
                        },
                        "max": {
                          "value": 1
                        },
                        "percent": true,
                        "description": "Share of customers lost per month, e.g. 0.03 or \"3%\""
                      }
                    }
                  ],
                  [
                    "cac",
                    {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 0,
                          "exclusive": false
                        },
                        "description": "Cost to acquire one new customer"
                      }
                    }
                  ],
                  [
                    "discount_rate_annual",
                    {
                      "kind": "optional",
                      "inner": {
                        "kind": "number",
                        "rule": {
                          "min": {
                            "value": 0
                          },
                          "percent": true,
                          "description": "Yearly discount rate for the discounted LTV, e.g. \"10%\""
                        }
                      }
                    }
                  ],
                  [
                    "inference",
                    {
                      "kind": "optional",
                      "inner": {
                        "kind": "object",
                        "shape": [
                          [
                            "requests_per_customer_monthly",
                            {
                              "kind": "number",
                              "rule": {
                                "min": {
                                  "value": 0
                                },
                                "description": "Model requests one customer makes a month"
                              }
                            }
                          ],
                          [
                            "input_tokens_per_request",
                            {
                              "kind": "number",
                              "rule": {
                                "min": {
                                  "value": 0
                                },
                                "description": "Input (prompt) tokens per request"
                              }
                            }
                          ],
                          [
                            "output_tokens_per_request",
                            {
                              "kind": "number",
                              "rule": {
                                "min": {
                                  "value": 0
                                },
                                "description": "Output (completion) tokens per request"
                              }
                            }
                          ],
                          [
                            "input_price_per_million",
                            {
                              "kind": "number",
                              "rule": {
                                "min": {
                                  "value": 0,
                                  "exclusive": false
                                },
                                "description": "Price of one million input tokens"
                              }
                            }
                          ],
                          [
                            "output_price_per_million",
                            {
                              "kind": "number",
                              "rule": {
                                "min": {
                                  "value": 0,
                                  "exclusive": false
                                },
                                "description": "Price of one million output tokens"
                              }
                            }
                          ],
                          [
                            "cached_input_share",
                            {
                              "kind": "optional",
                              "inner": {
                                "kind": "number",
                                "rule": {
                                  "min": {
                                    "value": 0
                                  },
                                  "max": {
                                    "value": 1
                                  },
                                  "percent": true,
                                  "description": "Share of input tokens served from the prompt cache; 0 to 1"
                                }
                              }
                            }
                          ],
                          [
                            "cached_input_price_per_million",
                            {
                              "kind": "optional",
                              "inner": {
                                "kind": "number",
                                "rule": {
                                  "min": {
                                    "value": 0,
                                    "exclusive": false
                                  },
                                  "description": "Price of one million cached input tokens"
                                }
                              }
                            }
                          ],
                          [
                            "overhead_multiplier",
                            {
                              "kind": "optional",
                              "inner": {
                                "kind": "number",
                                "rule": {
                                  "min": {
                                    "value": 0
                                  },
                                  "description": "Multiplier for retries, fallbacks and evaluation traffic; 1.5-3 is common"
                                }
                              }
                            }
                          ],
                          [
                            "price_change_yearly",
                            {
                              "kind": "optional",
                              "inner": {
                                "kind": "number",
                                "rule": {
                                  "min": {
                                    "value": -1,
                                    "exclusive": true
                                  },
                                  "max": {
                                    "value": 10
                                  },
                                  "percent": true,
                                  "description": "Yearly change of the token prices above, e.g. \"-30%\"; they change once a year; at most 1000%"
                                }
                              }
                            }
                          ]
                        ]
                      }
                    }
                  ]
                ]
              }
            }
          }
        ],
        [
          "resources",
          {
            "kind": "object",
            "shape": [
              [
                "team",
                {
                  "kind": "default",
                  "value": [],
                  "inner": {
                    "kind": "array",
                    "min": 0,
                    "element": {
                      "kind": "object",
                      "shape": [
                        [
                          "role",
                          {
                            "kind": "text"
                          }
                        ],
                        [
                          "count",
                          {
                            "kind": "number",
                            "rule": {
                              "min": {
                                "value": 0
                              },
                              "description": "Head count"
                            }
                          }
                        ],
                        [
                          "monthly_cost",
                          {
                            "kind": "optional",
                            "inner": {
                              "kind": "number",
                              "rule": {
                                "min": {
                                  "value": 0,
                                  "exclusive": false
                                },
                                "description": "Monthly cost of each person, fully loaded"
                              }
                            }
                          }
                        ]
                      ]
                    }
                  }
                }
              ],
              [
                "compute_budget_monthly",
                {
                  "kind": "optional",
                  "inner": {
                    "kind": "number",
                    "rule": {
                      "min": {
                        "value": 0,
                        "exclusive": false
                      },
                      "description": "Monthly budget for training and baseline compute"
                    }
                  }
                }
              ],
              [
                "allocation",
                {
                  "kind": "rules",
                  "names": [
                    "sharesWithinWhole"
                  ],
                  "inner": {
                    "kind": "default",
                    "value": [],
                    "inner": {
                      "kind": "array",
                      "min": 0,
                      "element": {
                        "kind": "object",
                        "shape": [
                          [
                            "area",
                            {
                              "kind": "text"
                            }
                          ],
                          [
                            "share",
                            {
                              "kind": "number",
                              "rule": {
                                "min": {
                                  "value": 0
                                },
                                "max": {
                                  "value": 1
                                },
                                "percent": true,
                                "description": "Share of spending; 0 to 1 or a percent"
                              }
                            }
                          ]
                        ]
                      }
                    }
                  }
                }
              ],
              [
                "cash",
                {
                  "kind": "number",
                  "rule": {
                    "min": {
                      "value": 0,
                      "exclusive": false
                    },
                    "description": "Cash in the bank at month 0"
                  }
                }
              ],
              [
                "fixed_costs_monthly",
                {
                  "kind": "number",
                  "rule": {
                    "min": {
                      "value": 0,
                      "exclusive": false
                    },
                    "description": "Team, rent, baseline compute: costs that do not move with customers"
                  }
                }
              ],
              [
                "hires",
                {
                  "kind": "default",
                  "value": [],
                  "inner": {
                    "kind": "array",
                    "min": 0,
                    "element": {
                      "kind": "object",
                      "shape": [
                        [
                          "role",
                          {
                            "kind": "text"
                          }
                        ],
                        [
                          "count",
                          {
                            "kind": "number",
                            "rule": {
                              "min": {
                                "value": 1
                              },
                              "integer": true,
                              "description": "How many people in this role; a whole number, 1 or more"
                            }
                          }
                        ],
                        [
                          "monthly_cost",
                          {
                            "kind": "number",
                            "rule": {
                              "min": {
                                "value": 0,
                                "exclusive": false
                              },
                              "description": "Monthly cost of each person, fully loaded"
                            }
                          }
                        ],
                        [
                          "start_month",
                          {
                            "kind": "number",
                            "rule": {
                              "min": {
                                "value": 1
                              },
                              "max": {
                                "value": 240
                              },
                              "integer": true,
                              "description": "Month of the projection they start; they cost from then on"
                            }
                          }
                        ]
                      ]
                    }
                  }
                }
              ],
              [
                "planned_costs",
                {
                  "kind": "default",
                  "value": [],
                  "inner": {
                    "kind": "array",
                    "min": 0,
                    "element": {
                      "kind": "rules",
                      "names": [
                        "plannedCostWellShaped"
                      ],
                      "inner": {
                        "kind": "object",
                        "shape": [
                          [
                            "what",
                            {
                              "kind": "text"
                            }
                          ],
                          [
                            "month",
                            {
                              "kind": "optional",
                              "inner": {
                                "kind": "number",
                                "rule": {
                                  "min": {
                                    "value": 1
                                  },
                                  "max": {
                                    "value": 240
                                  },
                                  "integer": true,
                                  "description": "One-off: the month it is paid"
                                }
                              }
                            }
                          ],
                          [
                            "amount",
                            {
                              "kind": "optional",
                              "inner": {
                                "kind": "number",
                                "rule": {
                                  "min": {
                                    "value": 0,
                                    "exclusive": false
                                  },
                                  "description": "One-off: how much"
                                }
                              }
                            }
                          ],
                          [
                            "from_month",
                            {
                              "kind": "optional",
                              "inner": {
                                "kind": "number",
                                "rule": {
                                  "min": {
                                    "value": 1
                                  },
                                  "max": {
                                    "value": 240
                                  },
                                  "integer": true,
                                  "description": "Recurring: the first month it is paid"
                                }
                              }
                            }
                          ],
                          [
                            "monthly",
                            {
                              "kind": "optional",
                              "inner": {
                                "kind": "number",
                                "rule": {
                                  "min": {
                                    "value": 0,
                                    "exclusive": false
                                  },
                                  "description": "Recurring: how much a month"
                                }
                              }
                            }
                          ],
                          [
                            "to_month",
                            {
                              "kind": "optional",
                              "inner": {
                                "kind": "number",
                                "rule": {
                                  "min": {
                                    "value": 1
                                  },
                                  "max": {
                                    "value": 240
                                  },
                                  "integer": true,
                                  "description": "Recurring: the last month it is paid (default: the horizon)"
                                }
                              }
                            }
                          ]
                        ]
                      }
                    }
                  }
                }
              ]
            ]
          }
        ],
        [
          "partners",
          {
            "kind": "default",
            "value": [],
            "inner": {
              "kind": "array",
              "min": 0,
              "element": {
                "kind": "object",
                "shape": [
                  [
                    "name",
                    {
                      "kind": "text"
                    }
                  ],
                  [
                    "type",
                    {
                      "kind": "enum",
                      "values": [
                        "compute",
                        "data",
                        "model",
                        "channel",
                        "technology",
                        "customer",
                        "investor"
                      ]
                    }
                  ],
                  [
                    "brings",
                    {
                      "kind": "text"
                    }
                  ],
                  [
                    "status",
                    {
                      "kind": "default",
                      "value": "idea",
                      "inner": {
                        "kind": "enum",
                        "values": [
                          "idea",
                          "contacted",
                          "negotiating",
                          "signed",
                          "active"
                        ]
                      }
                    }
                  ]
                ]
              }
            }
          }
        ],
        [
          "funding",
          {
            "kind": "default",
            "value": [],
            "inner": {
              "kind": "array",
              "min": 0,
              "element": {
                "kind": "object",
                "shape": [
                  [
                    "round",
                    {
                      "kind": "text"
                    }
                  ],
                  [
                    "month",
                    {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 1
                        },
                        "max": {
                          "value": 240
                        },
                        "integer": true,
                        "description": "Month of the projection the money arrives"
                      }
                    }
                  ],
                  [
                    "amount",
                    {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 0,
                          "exclusive": true
                        },
                        "description": "How much is raised"
                      }
                    }
                  ]
                ]
              }
            }
          }
        ],
        [
          "compute",
          {
            "kind": "default",
            "value": {
              "training_runs": []
            },
            "inner": {
              "kind": "object",
              "shape": [
                [
                  "self_hosting",
                  {
                    "kind": "optional",
                    "inner": {
                      "kind": "object",
                      "shape": [
                        [
                          "gpu_hourly_price",
                          {
                            "kind": "number",
                            "rule": {
                              "min": {
                                "value": 0,
                                "exclusive": true
                              },
                              "description": "Price of one GPU-hour"
                            }
                          }
                        ],
                        [
                          "input_tokens_per_second_per_gpu",
                          {
                            "kind": "number",
                            "rule": {
                              "min": {
                                "value": 0,
                                "exclusive": true
                              },
                              "description": "Prefill throughput of one GPU, input tokens a second"
                            }
                          }
                        ],
                        [
                          "output_tokens_per_second_per_gpu",
                          {
                            "kind": "number",
                            "rule": {
                              "min": {
                                "value": 0,
                                "exclusive": true
                              },
                              "description": "Decode throughput of one GPU, batched, output tokens a second"
                            }
                          }
                        ],
                        [
                          "utilization",
                          {
                            "kind": "number",
                            "rule": {
                              "min": {
                                "value": 0,
                                "exclusive": true
                              },
                              "max": {
                                "value": 1
                              },
                              "percent": true,
                              "description": "Share of paid GPU time that does useful work, e.g. \"60%\""
                            }
                          }
                        ],
                        [
                          "min_gpus",
                          {
                            "kind": "optional",
                            "inner": {
                              "kind": "number",
                              "rule": {
                                "min": {
                                  "value": 0
                                },
                                "integer": true,
                                "description": "GPUs kept running whatever the load; a whole number (default 1)"
                              }
                            }
                          }
                        ],
                        [
                          "ops_cost_monthly",
                          {
                            "kind": "optional",
                            "inner": {
                              "kind": "number",
                              "rule": {
                                "min": {
                                  "value": 0,
                                  "exclusive": false
                                },
                                "description": "People and tooling to run the GPUs, a month (default 0)"
                              }
                            }
                          }
                        ],
                        [
                          "serve_from",
                          {
                            "kind": "default",
                            "value": "api",
                            "inner": {
                              "kind": "enum",
                              "values": [
                                "api",
                                "self_hosted"
                              ]
                            }
                          }
                        ]
                      ]
                    }
                  }
                ],
                [
                  "training_runs",
                  {
                    "kind": "default",
                    "value": [],
                    "inner": {
                      "kind": "array",
                      "min": 0,
                      "element": {
                        "kind": "rules",
                        "names": [
                          "trainingRunWellSized"
                        ],
                        "inner": {
                          "kind": "object",
                          "shape": [
                            [
                              "what",
                              {
                                "kind": "text"
                              }
                            ],
                            [
                              "month",
                              {
                                "kind": "number",
                                "rule": {
                                  "min": {
                                    "value": 1
                                  },
                                  "max": {
                                    "value": 240
                                  },
                                  "integer": true,
                                  "description": "Month of the projection the run is paid"
                                }
                              }
                            ],
                            [
                              "gpu_hours",
                              {
                                "kind": "optional",
                                "inner": {
                                  "kind": "number",
                                  "rule": {
                                    "min": {
                                      "value": 0,
                                      "exclusive": true
                                    },
                                    "description": "GPU-hours the run takes"
                                  }
                                }
                              }
                            ],
                            [
                              "parameters",
                              {
                                "kind": "optional",
                                "inner": {
                                  "kind": "number",
                                  "rule": {
                                    "min": {
                                      "value": 0,
                                      "exclusive": true
                                    },
                                    "description": "Model parameters, e.g. 7e9"
                                  }
                                }
                              }
                            ],
                            [
                              "tokens",
                              {
                                "kind": "optional",
                                "inner": {
                                  "kind": "number",
                                  "rule": {
                                    "min": {
                                      "value": 0,
                                      "exclusive": true
                                    },
                                    "description": "Training tokens, e.g. 2e12"
                                  }
                                }
                              }
                            ],
                            [
                              "gpu_peak_tflops",
                              {
                                "kind": "optional",
                                "inner": {
                                  "kind": "number",
                                  "rule": {
                                    "min": {
                                      "value": 0,
                                      "exclusive": true
                                    },
                                    "description": "Peak dense TFLOPS of one GPU at the training precision"
                                  }
                                }
                              }
                            ],
                            [
                              "mfu",
                              {
                                "kind": "optional",
                                "inner": {
                                  "kind": "number",
                                  "rule": {
                                    "min": {
                                      "value": 0,
                                      "exclusive": true
                                    },
                                    "max": {
                                      "value": 1
                                    },
                                    "percent": true,
                                    "description": "Model FLOPs utilization: share of peak the run achieves, e.g. \"40%\""
                                  }
                                }
                              }
                            ],
                            [
                              "gpu_hourly_price",
                              {
                                "kind": "optional",
                                "inner": {
                                  "kind": "number",
                                  "rule": {
                                    "min": {
                                      "value": 0,
                                      "exclusive": true
                                    },
                                    "description": "Price of one GPU-hour for this run (default: compute.self_hosting.gpu_hourly_price)"
                                  }
                                }
                              }
                            ]
                          ]
                        }
                      }
                    }
                  }
                ]
              ]
            }
          }
        ],
        [
          "growth",
          {
            "kind": "object",
            "shape": [
              [
                "starting_customers",
                {
                  "kind": "number",
                  "rule": {
                    "min": {
                      "value": 0
                    },
                    "description": "Customers at month 0"
                  }
                }
              ],
              [
                "new_customers_monthly",
                {
                  "kind": "number",
                  "rule": {
                    "min": {
                      "value": 0
                    },
                    "description": "New customers won in month 1"
                  }
                }
              ],
              [
                "new_customers_growth_monthly",
                {
                  "kind": "number",
                  "rule": {
                    "min": {
                      "value": -1,
                      "exclusive": true
                    },
                    "max": {
                      "value": 10
                    },
                    "percent": true,
                    "description": "Monthly growth of new-customer wins, e.g. \"5%\"; at most 1000%"
                  }
                }
              ],
              [
                "horizon_months",
                {
                  "kind": "number",
                  "rule": {
                    "min": {
                      "value": 1
                    },
                    "max": {
                      "value": 240
                    },
                    "integer": true,
                    "description": "Months to project"
                  }
                }
              ]
            ]
          }
        ],
        [
          "risks",
          {
            "kind": "default",
            "value": [],
            "inner": {
              "kind": "array",
              "min": 0,
              "element": {
                "kind": "object",
                "shape": [
                  [
                    "risk",
                    {
                      "kind": "text"
                    }
                  ],
                  [
                    "category",
                    {
                      "kind": "enum",
                      "values": [
                        "technical",
                        "data privacy",
                        "generalization",
                        "market",
                        "competition",
                        "regulation"
                      ]
                    }
                  ],
                  [
                    "likelihood",
                    {
                      "kind": "enum",
                      "values": [
                        "low",
                        "medium",
                        "high"
                      ]
                    }
                  ],
                  [
                    "impact",
                    {
                      "kind": "enum",
                      "values": [
                        "low",
                        "medium",
                        "high"
                      ]
                    }
                  ],
                  [
                    "mitigation",
                    {
                      "kind": "text"
                    }
                  ]
                ]
              }
            }
          }
        ],
        [
          "milestones",
          {
            "kind": "default",
            "value": [],
            "inner": {
              "kind": "array",
              "min": 0,
              "element": {
                "kind": "object",
                "shape": [
                  [
                    "month",
                    {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 0
                        },
                        "max": {
                          "value": 240
                        },
                        "integer": true,
                        "description": "Month of the projection it is due"
                      }
                    }
                  ],
                  [
                    "goal",
                    {
                      "kind": "text"
                    }
                  ]
                ]
              }
            }
          }
        ],
        [
          "checks",
          {
            "kind": "default",
            "value": {},
            "inner": {
              "kind": "object",
              "shape": [
                [
                  "ltv_to_cac_min",
                  {
                    "kind": "optional",
                    "inner": {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 0
                        },
                        "description": "Fail when LTV:CAC is below this; 3 is the common bar"
                      }
                    }
                  }
                ],
                [
                  "cac_payback_months_max",
                  {
                    "kind": "optional",
                    "inner": {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 0
                        },
                        "description": "Fail when CAC payback takes longer, in months"
                      }
                    }
                  }
                ],
                [
                  "break_even_month_max",
                  {
                    "kind": "optional",
                    "inner": {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 1
                        },
                        "max": {
                          "value": 240
                        },
                        "integer": true,
                        "description": "Fail when the projection breaks even later than this month, or never"
                      }
                    }
                  }
                ],
                [
                  "runway_months_min",
                  {
                    "kind": "optional",
                    "inner": {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 0
                        },
                        "max": {
                          "value": 240
                        },
                        "integer": true,
                        "description": "Fail when cash runs out before this many months"
                      }
                    }
                  }
                ],
                [
                  "gross_margin_min",
                  {
                    "kind": "optional",
                    "inner": {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 0
                        },
                        "max": {
                          "value": 1
                        },
                        "percent": true,
                        "description": "Fail when gross margin is below this, e.g. \"50%\""
                      }
                    }
                  }
                ],
                [
                  "funding_gap_max",
                  {
                    "kind": "optional",
                    "inner": {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 0,
                          "exclusive": false
                        },
                        "description": "Fail when more than this must be raised beyond the planned rounds; 0: the rounds must be enough"
                      }
                    }
                  }
                ],
                [
                  "burn_multiple_max",
                  {
                    "kind": "optional",
                    "inner": {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 0
                        },
                        "description": "Fail when the first year's burn multiple is above this; under 1.5 is good (David Sacks)"
                      }
                    }
                  }
                ],
                [
                  "cash_out_probability_max",
                  {
                    "kind": "optional",
                    "inner": {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 0
                        },
                        "max": {
                          "value": 1
                        },
                        "percent": true,
                        "description": "Fail when the simulation runs out of cash in more than this share of runs, e.g. \"10%\"; needs an uncertainty: section"
                      }
                    }
                  }
                ],
                [
                  "require_default_alive",
                  {
                    "kind": "optional",
                    "inner": {
                      "kind": "boolean"
                    }
                  }
                ]
              ]
            }
          }
        ],
        [
          "scenarios",
          {
            "kind": "optional",
            "inner": {
              "kind": "doubt"
            }
          }
        ],
        [
          "uncertainty",
          {
            "kind": "optional",
            "inner": {
              "kind": "doubt"
            }
          }
        ],
        [
          "simulation",
          {
            "kind": "optional",
            "inner": {
              "kind": "object",
              "shape": [
                [
                  "runs",
                  {
                    "kind": "optional",
                    "inner": {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 1
                        },
                        "max": {
                          "value": 10000000
                        },
                        "integer": true,
                        "description": "How many runs the simulation makes (default 10000)"
                      }
                    }
                  }
                ],
                [
                  "seed",
                  {
                    "kind": "optional",
                    "inner": {
                      "kind": "number",
                      "rule": {
                        "min": {
                          "value": 0
                        },
                        "max": {
                          "value": 1000000000000000
                        },
                        "integer": true,
                        "description": "The seed of the simulation's random draws; the same seed gives the same results (default 1)"
                      }
                    }
                  }
                ]
              ]
            }
          }
        ],
        [
          "metrics",
          {
            "kind": "optional",
            "inner": {
              "kind": "unknown"
            }
          }
        ]
      ]
    }
  };
}

/** Each numeric input's rule and kind by path, list items as `[]`: `funding[].month`. */
export const NUMBER_INPUTS: Readonly<Record<string, { rule: NumberRule; kind: 'money' | 'rate' | 'number' }>> = {
  "market.size.tam": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Total addressable market, per year"
    },
    "kind": "money"
  },
  "market.size.sam": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Serviceable addressable market, per year"
    },
    "kind": "money"
  },
  "market.size.som": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Serviceable obtainable market, per year"
    },
    "kind": "money"
  },
  "target_market.segments[].customers": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "How many potential customers it holds"
    },
    "kind": "number"
  },
  "revenue_model.streams[].share": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Share of revenue; 0 to 1 or a percent"
    },
    "kind": "rate"
  },
  "revenue_model.arpu_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Average revenue per customer per month; with seat pricing, may be left out for seats_per_customer x price_per_seat_monthly"
    },
    "kind": "money"
  },
  "revenue_model.seats_per_customer": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Seat pricing: average seats one customer pays for"
    },
    "kind": "number"
  },
  "revenue_model.price_per_seat_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Seat pricing: price of one seat per month"
    },
    "kind": "money"
  },
  "revenue_model.variable_cost_per_customer_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Cost to serve one customer a month, excluding AI inference: support, hosting, payment fees"
    },
    "kind": "money"
  },
  "revenue_model.churn_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Share of customers lost per month, e.g. 0.03 or \"3%\""
    },
    "kind": "rate"
  },
  "revenue_model.cac": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Cost to acquire one new customer"
    },
    "kind": "money"
  },
  "revenue_model.discount_rate_annual": {
    "rule": {
      "min": {
        "value": 0
      },
      "percent": true,
      "description": "Yearly discount rate for the discounted LTV, e.g. \"10%\""
    },
    "kind": "rate"
  },
  "revenue_model.inference.requests_per_customer_monthly": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Model requests one customer makes a month"
    },
    "kind": "number"
  },
  "revenue_model.inference.input_tokens_per_request": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Input (prompt) tokens per request"
    },
    "kind": "number"
  },
  "revenue_model.inference.output_tokens_per_request": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Output (completion) tokens per request"
    },
    "kind": "number"
  },
  "revenue_model.inference.input_price_per_million": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Price of one million input tokens"
    },
    "kind": "money"
  },
  "revenue_model.inference.output_price_per_million": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Price of one million output tokens"
    },
    "kind": "money"
  },
  "revenue_model.inference.cached_input_share": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Share of input tokens served from the prompt cache; 0 to 1"
    },
    "kind": "rate"
  },
  "revenue_model.inference.cached_input_price_per_million": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Price of one million cached input tokens"
    },
    "kind": "money"
  },
  "revenue_model.inference.overhead_multiplier": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Multiplier for retries, fallbacks and evaluation traffic; 1.5-3 is common"
    },
    "kind": "number"
  },
  "revenue_model.inference.price_change_yearly": {
    "rule": {
      "min": {
        "value": -1,
        "exclusive": true
      },
      "max": {
        "value": 10
      },
      "percent": true,
      "description": "Yearly change of the token prices above, e.g. \"-30%\"; they change once a year; at most 1000%"
    },
    "kind": "rate"
  },
  "resources.team[].count": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Head count"
    },
    "kind": "number"
  },
  "resources.team[].monthly_cost": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Monthly cost of each person, fully loaded"
    },
    "kind": "money"
  },
  "resources.compute_budget_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Monthly budget for training and baseline compute"
    },
    "kind": "money"
  },
  "resources.allocation[].share": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Share of spending; 0 to 1 or a percent"
    },
    "kind": "rate"
  },
  "resources.cash": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Cash in the bank at month 0"
    },
    "kind": "money"
  },
  "resources.fixed_costs_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Team, rent, baseline compute: costs that do not move with customers"
    },
    "kind": "money"
  },
  "resources.hires[].count": {
    "rule": {
      "min": {
        "value": 1
      },
      "integer": true,
      "description": "How many people in this role; a whole number, 1 or more"
    },
    "kind": "number"
  },
  "resources.hires[].monthly_cost": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Monthly cost of each person, fully loaded"
    },
    "kind": "money"
  },
  "resources.hires[].start_month": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Month of the projection they start; they cost from then on"
    },
    "kind": "number"
  },
  "resources.planned_costs[].month": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "One-off: the month it is paid"
    },
    "kind": "number"
  },
  "resources.planned_costs[].amount": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "One-off: how much"
    },
    "kind": "money"
  },
  "resources.planned_costs[].from_month": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Recurring: the first month it is paid"
    },
    "kind": "number"
  },
  "resources.planned_costs[].monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Recurring: how much a month"
    },
    "kind": "money"
  },
  "resources.planned_costs[].to_month": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Recurring: the last month it is paid (default: the horizon)"
    },
    "kind": "number"
  },
  "funding[].month": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Month of the projection the money arrives"
    },
    "kind": "number"
  },
  "funding[].amount": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "How much is raised"
    },
    "kind": "money"
  },
  "compute.self_hosting.gpu_hourly_price": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Price of one GPU-hour"
    },
    "kind": "money"
  },
  "compute.self_hosting.input_tokens_per_second_per_gpu": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Prefill throughput of one GPU, input tokens a second"
    },
    "kind": "number"
  },
  "compute.self_hosting.output_tokens_per_second_per_gpu": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Decode throughput of one GPU, batched, output tokens a second"
    },
    "kind": "number"
  },
  "compute.self_hosting.utilization": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Share of paid GPU time that does useful work, e.g. \"60%\""
    },
    "kind": "rate"
  },
  "compute.self_hosting.min_gpus": {
    "rule": {
      "min": {
        "value": 0
      },
      "integer": true,
      "description": "GPUs kept running whatever the load; a whole number (default 1)"
    },
    "kind": "number"
  },
  "compute.self_hosting.ops_cost_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "People and tooling to run the GPUs, a month (default 0)"
    },
    "kind": "money"
  },
  "compute.training_runs[].month": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Month of the projection the run is paid"
    },
    "kind": "number"
  },
  "compute.training_runs[].gpu_hours": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "GPU-hours the run takes"
    },
    "kind": "number"
  },
  "compute.training_runs[].parameters": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Model parameters, e.g. 7e9"
    },
    "kind": "number"
  },
  "compute.training_runs[].tokens": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Training tokens, e.g. 2e12"
    },
    "kind": "number"
  },
  "compute.training_runs[].gpu_peak_tflops": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Peak dense TFLOPS of one GPU at the training precision"
    },
    "kind": "number"
  },
  "compute.training_runs[].mfu": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Model FLOPs utilization: share of peak the run achieves, e.g. \"40%\""
    },
    "kind": "rate"
  },
  "compute.training_runs[].gpu_hourly_price": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Price of one GPU-hour for this run (default: compute.self_hosting.gpu_hourly_price)"
    },
    "kind": "money"
  },
  "growth.starting_customers": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Customers at month 0"
    },
    "kind": "number"
  },
  "growth.new_customers_monthly": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "New customers won in month 1"
    },
    "kind": "number"
  },
  "growth.new_customers_growth_monthly": {
    "rule": {
      "min": {
        "value": -1,
        "exclusive": true
      },
      "max": {
        "value": 10
      },
      "percent": true,
      "description": "Monthly growth of new-customer wins, e.g. \"5%\"; at most 1000%"
    },
    "kind": "rate"
  },
  "growth.horizon_months": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Months to project"
    },
    "kind": "number"
  },
  "milestones[].month": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Month of the projection it is due"
    },
    "kind": "number"
  },
  "checks.ltv_to_cac_min": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Fail when LTV:CAC is below this; 3 is the common bar"
    },
    "kind": "number"
  },
  "checks.cac_payback_months_max": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Fail when CAC payback takes longer, in months"
    },
    "kind": "number"
  },
  "checks.break_even_month_max": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Fail when the projection breaks even later than this month, or never"
    },
    "kind": "number"
  },
  "checks.runway_months_min": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Fail when cash runs out before this many months"
    },
    "kind": "number"
  },
  "checks.gross_margin_min": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Fail when gross margin is below this, e.g. \"50%\""
    },
    "kind": "rate"
  },
  "checks.funding_gap_max": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Fail when more than this must be raised beyond the planned rounds; 0: the rounds must be enough"
    },
    "kind": "money"
  },
  "checks.burn_multiple_max": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Fail when the first year's burn multiple is above this; under 1.5 is good (David Sacks)"
    },
    "kind": "number"
  },
  "checks.cash_out_probability_max": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Fail when the simulation runs out of cash in more than this share of runs, e.g. \"10%\"; needs an uncertainty: section"
    },
    "kind": "rate"
  }
};
